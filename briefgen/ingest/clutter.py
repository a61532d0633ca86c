"""Page furniture and headlines: tell what a line of a news page is.

Text copied from a news site, and the text of a saved page, carries lines that are no part
of the article: photo captions and credits, "READ MORE: ..." and "WATCH: ..." promotions,
advertisement markers, share buttons and "Follow @name on Twitter", bylines and "Posted:"
stamps, cookie notices. `furniture()` names the family of such a line; ingest leaves those
lines out of the paragraphs, so they are never a title, summary, actor or position, and the
page shows the article without them. `reads_like_title()` tells a headline from a first
sentence.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# A credit inside a caption: "(Steve Lawrence/CBC)", "(Getty Images)", "Photograph: X/PA".
_AGENCY = (
    r"(?:Getty(?: Images)?|AFP|AP(?: Photo)?|Associated Press|Reuters|PA(?: Media| Wire)?|EPA(?:-EFE)?"
    r"|Bloomberg|Shutterstock|Alamy|The Canadian Press|Canadian Press|CBC(?: News)?|Radio-Canada"
    r"|BBC|Sipa|ANP|Xinhua|dpa|Handout|Submitted|File|Supplied|Pool|Courtesy[^()]{0,40})"
)
# "Name Surname/Outlet": capitalised words either side ("Swindon/Notts Co v Boro" is a title).
_WORDS = r"(?-i:[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|&)){0,4})"
_SLASHED = rf"{_WORDS}\s*/\s*{_WORDS}"
_CREDIT = rf"(?:(?:Photo|Image|Credit|Photograph)s?\s*:\s*)?(?:{_SLASHED}|{_AGENCY}(?:\s+via\s+[^()]{{1,40}})?)"
# A name as a byline gives it: capitalised words, not a day or a month.
_NOT_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|The|This|That|Then"
    r"|Now|Contrast|Comparison|Far|Then|Law|Order)\b)"
)
_NAME = (
    rf"(?-i:{_NOT_NAME}[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|de|da|di|van|von|der|del|la|le|bin|al))"
    + r"{0,3})"
)
_TAIL = r"(?:\s*[,|·•–—-]\s*(?-i:[A-Z])[^.!?]{0,80})?"
_MONTH = (
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b"
)
_STAMP = r"(?:posted|published|updated|last updated|first published|modified)"

_FAMILIES: dict[str, list[str]] = {
    "caption": [
        r"open this photo in gallery:?",
        r"(?:hide|show|enlarge|expand|view) (?:caption|image|photo|gallery)",
        r"(?:image|photo|picture) caption[,:]?\s.*",
        r"(?:caption|pictured)\s*:\s.*",
        r"(?:view|see) (?:the )?(?:full )?(?:photo )?gallery.*",
        rf".{{1,400}}\(\s*{_CREDIT}\s*\)",  # a caption that ends in its credit
        r".{1,400}\s(?-i:Photograph|Photo|Picture|Illustration)\s*:\s*[^.]{1,80}",
    ],
    "credit": [
        r"(?:photograph|photo|picture|image|credit|illustration|footage)s?\s*:\s*.{1,80}",
        r"image (?:source|copyright)[,:]?\s.*",
        r"(?:photo|photograph|picture|image)s? (?:by|courtesy of)\s.{1,80}",
        rf"\(?{_CREDIT}\)?",
    ],
    "read more": [
        r"(?:read more|read also|also read|see also|related|related stories|related articles"
        r"|related topics|related content|related coverage|more on this story|more from [^.]{1,40}"
        r"|most read|most popular|top stories|you may also like|recommended(?: stories)?"
        r"|further reading|more stories|more news|in other news|trending(?: now)?|editor's picks"
        r"|more coverage|related (?:videos?|links?|news|reading|articles?)|explore more on these topics"
        r")(?:\s*[:|»›>–—-]\s*.*)?",
        r"get (?:breaking|the latest|daily|our) [^.]{0,40}\bnews\b.{0,200}",
        r"click here\b.*",
        r"continue reading\b.{0,60}",
        r"sign up\b.{0,80}",
        r"subscribe\b.{0,80}",
        r".{0,80}\bnewsletter\b.{0,40}\b(?:sign up|subscribe)\b.{0,40}",
        r"get (?:the|our) [^.]{0,40}newsletter.{0,40}",
    ],
    "watch": [
        r"(?:watch|listen|video|audio|podcast|live|play)\s*[:|]\s*.*",
        r"(?:watch|play|listen to)(?: the| this| our)? (?:video|clip|story|podcast|article|now|live|full)\b.{0,40}",
        r"(?:media|video) caption[,:]?\s.*",
        r"(?:video )?duration\s*:?\s*\d+:\d{2}.*",
        r"\d{1,2}:\d{2}(?::\d{2})?",
        r"\d+ min(?:ute)?s? (?:watch|listen|read)",
        r"click to play(?: the)? video.{0,200}",
        r"listen to this (?:article|story).{0,40}",
        r"(?:estimated )?read(?:ing)? time:?\s*\d+ min(?:ute)?s?",
        r"(?:play|watch|video|listen)",
    ],
    "advertisement": [
        r"(?:story|article|content|text) continues (?:below|after)(?: this| the)?(?: advertisement| ad| ads| advert)?",
        r"advertisement|advertising|advert|ads?",
        r"skip (?:advertisement|ad|ads)",
        r"(?:advertisement|ad)\s*[-–—:]\s*scroll to continue(?: reading)?",
        r"scroll to continue(?: with content| reading)?",
        r"sponsored(?: content| post| by .{1,40})?|paid (?:content|post|partner(?:ship)?)\b.{0,40}",
        r"promoted(?: stories| content| links)?|partner content",
        r"continue reading (?:the )?(?:main story|below)",
    ],
    "social": [
        r"follow (?:@?\S+|us|me|him|her|them|[^.]{1,40}) on (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|linkedin|youtube|mastodon)\b.{0,40}",
        r"follow (?:us|me)\b.{0,60}",
        r"follow\s+@\w+.{0,60}",
        r"share (?:this|on|via|the)\b.{0,60}",
        r"(?:share|tweet|email|copy link|print|save|comments?(?: \(\d+\))?|\d+ comments?)",
        r"(?:facebook|twitter|x|whatsapp|linkedin|email|reddit|print|messenger|copy link|share)"
        r"(?:\s*[|·,/]?\s*(?:facebook|twitter|x|whatsapp|linkedin|email|reddit|print|messenger|copy link|share))+",
        r"@\w{1,30}",
        r"(?:join|start) the conversation.{0,60}",
        r"social sharing|reuse this content|share this (?:story|article|page)\b.{0,40}",
    ],
    "byline": [
        rf"by\s+{_NAME}(?:(?:,|\s+and|\s*&)\s+{_NAME})*{_TAIL}",
        rf"{_STAMP}(?:\s*:\s*|\s+(?:on\s+|at\s+)?)(?:\d|{_MONTH})[^!?]{{0,60}}",
        rf".{{1,80}}[|·•]\s*{_STAMP}\s*:.{{0,80}}",
        r"(?:additional )?(?:reporting|writing|editing|research) by\b.{0,160}",
        r"(?:written|story|words|text|edited) by\b.{0,60}",
        r"with files from\b.{1,120}",
        r".{0,100}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?",
        r"this (?:report|story|article)(?: by .{1,60})? was (?:first )?published\b.{0,80}",
        rf"{_NAME}\s*·\s*.{{1,80}}",
        rf"{_STAMP}",
        r"\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago",
        rf"{_NAME}\s*[,|·–—-]\s*(?:[^.!?]{{0,30}}\s)?(?:writer|reporter|correspondent|editor|columnist|journalist|producer)",
        r"(?:staff|senior|political|chief|foreign|business|health|science)?\s?(?:writer|reporter|correspondent|editor)",
        rf"{_NAME} is (?:a|an|the|our) [^.]{{0,60}}\b(?:reporter|correspondent|editor|writer|columnist|journalist|producer)\b.{{0,80}}",
    ],
    "notice": [
        r"(?:we|this site|this website|our site) uses? cookies\b.*",
        r"(?:accept|reject|allow)(?: all)?(?: cookies)?|manage (?:cookies|preferences|consent|settings).{0,40}",
        r"cookie (?:policy|settings|preferences)|privacy (?:policy|notice|settings)",
        r"terms (?:of use|and conditions|of service)",
        r"skip to (?:main )?(?:content|navigation)",
        r"our standards:.{0,80}",
        r"(?:sign in|log in|register)(?: now| today)?",
        r"(?:all rights reserved|copyright|©)\b.{0,80}|.{0,80}\ball rights reserved\.?",
    ],
}
_MATCHERS = [
    (family, re.compile(rf"(?:{'|'.join(patterns)})[.:!]?", re.IGNORECASE))
    for family, patterns in _FAMILIES.items()
]


def furniture(line: str) -> str | None:
    """Return the family of page furniture a line is (`caption`, `byline`...), or None."""
    line = " ".join(line.split()).strip("•*-–—>#■▶►").strip()
    if not line or len(line) > 500:
        return None
    for family, matcher in _MATCHERS:
        if matcher.fullmatch(line):
            return family
    return None


_ENDS = ".!?:\"”’')]"
_STARTS = re.compile(r"[\"“‘'(\-—–•*>#@■▶►]?[A-Z0-9(@]")


def split_furniture(text: str, blocks: list[Span]) -> tuple[list[Span], list[Span]]:
    """Split blocks into article paragraphs and furniture lines.

    A line inside a block counts only where it stands apart: the line before it ends a
    sentence, is furniture or ends in no word that leads on, and the line after it starts
    one, so a hard-wrapped paragraph whose line happens to start "By Tuesday, ..." is
    never cut.
    """
    paragraphs: list[Span] = []
    found: list[Span] = []
    for start, end in blocks:
        lines = _lines(text, start, end)
        run_start: int | None = None
        run_end = start
        for i, (s, e) in enumerate(lines):
            before = i == 0 or lines[i - 1] in found or _stands_apart(text, lines[i - 1], s)
            after = i == len(lines) - 1 or _STARTS.match(text, lines[i + 1][0]) is not None
            if before and after and furniture(text[s:e]):
                if run_start is not None:
                    paragraphs.append((run_start, run_end))
                    run_start = None
                found.append((s, e))
                continue
            if run_start is None:
                run_start = s
            run_end = e
        if run_start is not None:
            paragraphs.append((run_start, run_end))
    return paragraphs, found


_CONTINUING = frozenset(
    "and or but nor the a an of to in on at by with for from that which who whom whose as "
    "than into after before said says".split()
)


def _stands_apart(text: str, before: Span, start: int) -> bool:
    """Tell whether the line at `start` may start anew after the line `before`: that line
    ends a sentence, or the line starts with a capital and that one ends in no comma or
    word that leads on (a headline above "Social Sharing", not "... met on Monday and")."""
    previous = text[before[0] : before[1]]
    if previous[-1] in _ENDS:
        return True
    if previous[-1] in ",;-–—(/&" or previous.split()[-1].lower() in _CONTINUING:
        return False
    return _STARTS.match(text, start) is not None


def _lines(text: str, start: int, end: int) -> list[Span]:
    out = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + match.start(), start + match.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


# Past-tense speech verbs: a headline says "says". Auxiliaries ("was", "would") are left
# out on purpose: "Poll finds Clinton would beat Trump." is a headline.
_SPEECH = frozenset(
    "said told added asked explained insisted argued stated replied wrote noted acknowledged "
    "admitted warned according continued".split()
)
_PRONOUNS = frozenset("he she they it this these those there".split())
_SMALL = frozenset(
    "a an the of in on at to for and but or nor by with from as vs v is are be into over "
    "after before up out off than via per its his her their".split()
)


def reads_like_title(block: str) -> bool:
    """Tell whether a first block reads as a headline rather than a sentence of the body.

    A headline is one line and does not end like a sentence of reported speech: a block
    ending in a full stop is a title only when it is in Title Case or has no past-tense
    speech verb or leading pronoun ("Tony Blair said the plan would cut waiting lists."
    is the first sentence; "Stein removed from debate site by police." is a headline).
    """
    if "\n" in block or len(block) > 200 or furniture(block):
        return False
    words = block.split()
    end = block.rstrip("”\"’' ")
    if not end.endswith((".", "!", "?")) or end.endswith(("...", "…")):
        return True
    if len(words) > 20:
        return False
    if end.endswith("?"):
        return True
    bare = [w.strip("\"“”‘’'()[],;:.!?").lower() for w in words]
    if not any(w in _SPEECH for w in bare) and bare[0] not in _PRONOUNS:
        return True
    content = [w for w, b in zip(words, bare, strict=True) if b and b not in _SMALL]
    capitals = sum(1 for w in content if w.lstrip("\"“‘'(").title()[:1] == w.lstrip("\"“‘'(")[:1])
    return bool(content) and capitals >= 0.8 * len(content)
