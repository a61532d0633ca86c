"""The GitHub Actions workflow that rebuilds and publishes a briefing site.

`briefgen init` writes it into a new site project as `.github/workflows/briefing-site.yml`;
this repository keeps its own copy for the example site (a test keeps the two equal but
for the line that installs briefgen). It runs when articles, briefs, actors.yml,
templates or the site settings change, and by hand; checks the briefs, builds the site
(extracting only new or changed articles), commits new briefs back for review, and
deploys the site with GitHub's Pages actions. `actions/cache` brings back what the last
run's build left (`.briefgen-cache/`, `site/`, the generated pages), so a push of one new
article is an incremental build. One concurrency group, so two pushes never
race to publish. Each job holds only the permissions it needs; the site's address comes
from `actions/configure-pages`; an unreadable article is reported (a warning annotation
and the job summary, written by `briefgen build` in GitHub Actions) while the rest
deploys; the briefs' commit is rebased and retried when the branch moved meanwhile.
An opt-in scheduled `fetch` job (uncomment `schedule:`) fetches the feeds
in feeds.yml, commits the new articles and starts the workflow again to build them.
"""

from __future__ import annotations

PATH = ".github/workflows/briefing-site.yml"
# A site project installs the briefgen its requirements.txt names; this repository
# installs itself.
SITE_INSTALL = "pip install -r requirements.txt"

_TEMPLATE = """\
# Rebuild and publish the briefing site when articles, briefs or settings change.
# Written by `briefgen init`; edit freely. Needs Settings > Pages > Source: GitHub Actions.
name: Briefing site

on:
  push:
    branches: [main]
    paths:
      - "articles/**"
      - "briefs/**"
      - "actors.yml"
      - "templates/**"
      - "docs/**"
      - "mkdocs.yml"
      - "{requirements}"
{extra_paths}      - ".github/workflows/briefing-site.yml"
  workflow_dispatch:
  # Uncomment to fetch new articles every morning (the `fetch` job below; needs feeds.yml):
  # schedule:
  #   - cron: "17 6 * * *"

# Nothing for the whole workflow: each job asks for what it needs.
permissions: {{}}

# One build at a time; a newer push waits instead of racing an older one to publish.
concurrency:
  group: briefing-site
  cancel-in-progress: false

jobs:
  build:
    if: github.event_name != 'schedule'   # a scheduled run fetches; the build follows it
    runs-on: ubuntu-latest
    permissions:
      contents: write   # commit the briefs of new articles back, for review
      pages: read       # configure-pages reads the site's address
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
          cache-dependency-path: {requirements}
      - name: Install briefgen
        run: {install}
      # What the last build left: `briefgen build` then renders, writes and indexes only
      # what changed (without it every CI build is a full one). Each run saves its own
      # cache (caches cannot be updated) and restores the newest one before it.
      - name: Restore the last build
        uses: actions/cache@v4
        with:
          path: |
            .briefgen-cache
            site
            docs/index.md
            docs/questions.md
            docs/format.md
            docs/feed.xml
            docs/briefs
            docs/actors
            docs/assets/briefgen
            docs/data
          key: briefgen-build-${{{{ github.run_id }}}}-${{{{ github.run_attempt }}}}
          restore-keys: briefgen-build-
      - id: pages
        uses: actions/configure-pages@v5
      - name: Check briefs and actors.yml
        run: briefgen check
      - name: Build (extracts only new or changed articles)
        # An article that cannot be read is skipped: a warning and a line in the job
        # summary say which and why, and the rest of the site is built and deployed.
        # The site's address makes the feeds' links and the 404 page's absolute.
        run: briefgen build --keep-going --site-url "$SITE_URL"
        env:
          CI: "true"
          SITE_URL: ${{{{ steps.pages.outputs.base_url }}}}
      - name: Commit new briefs for review
        run: |
          git add briefs
          if git diff --cached --quiet; then exit 0; fi
          git config user.name "briefgen"
          git config user.email "briefgen@users.noreply.github.com"
          git commit -m "Briefs for new or changed articles"
          # The branch may have moved during the build: replay this commit on top, retry.
          for attempt in 1 2 3; do
            if git pull --rebase origin "$GITHUB_REF_NAME" && git push origin "HEAD:$GITHUB_REF_NAME"; then
              exit 0
            fi
            git rebase --abort 2>/dev/null || true
            sleep $((attempt * 10))
          done
          echo "::error::could not push the new briefs after 3 attempts"
          exit 1
      - uses: actions/upload-pages-artifact@v3
        with:
          path: site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write      # publish the site
      id-token: write   # prove to Pages that this run built it
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4

  # Opt-in (see `schedule:` above): fetch new articles from the RSS/Atom feeds listed in
  # feeds.yml, commit them with fetched.yml, then start this workflow again to build and
  # publish them (a push made with the workflow's own token starts no workflow).
  fetch:
    if: github.event_name == 'schedule'
    runs-on: ubuntu-latest
    permissions:
      contents: write   # commit the fetched articles
      actions: write    # start the build
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
          cache-dependency-path: {requirements}
      - name: Install briefgen
        run: {install}
      - name: Fetch new articles
        # A page or feed that cannot be fetched is one line in the log; the rest is kept.
        continue-on-error: true
        run: briefgen fetch --feeds feeds.yml
        env:
          CI: "true"
      - name: Commit new articles and start the build
        env:
          GH_TOKEN: ${{{{ github.token }}}}
        run: |
          git add articles
          if [ -f fetched.yml ]; then git add fetched.yml; fi
          if ! git diff --cached --quiet; then
            git config user.name "briefgen"
            git config user.email "briefgen@users.noreply.github.com"
            git commit -m "Fetched articles"
            git pull --rebase
            git push
            gh workflow run briefing-site.yml --ref "$GITHUB_REF_NAME"
          fi
"""


def workflow_text(
    install: str = SITE_INSTALL,
    requirements: str = "requirements.txt",
    extra_paths: tuple[str, ...] = (),
) -> str:
    """Return the workflow, installing briefgen with `install`; `extra_paths` also trigger it."""
    paths = "".join(f'      - "{path}"\n' for path in extra_paths)
    return _TEMPLATE.format(install=install, requirements=requirements, extra_paths=paths)


# This repository's own copy: it installs the checkout, so its code changes rebuild too.
REPOSITORY = {
    "install": "pip install .",
    "requirements": "pyproject.toml",
    "extra_paths": ("briefgen/**",),
}
