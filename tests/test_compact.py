"""Compact pages: indentation goes, what whitespace means stays."""

from __future__ import annotations

from briefgen.site.compact import compact_html


def test_runs_with_a_line_break_become_one_line_break() -> None:
    html = "<div>\n    <p>One  two</p>   \n\n  <p>three\n\t four</p>\n</div>"
    assert compact_html(html) == "<div>\n<p>One  two</p>\n<p>three\nfour</p>\n</div>"


def test_pre_textarea_script_and_style_keep_their_whitespace() -> None:
    kept = [
        "<pre><code>def f():\n    return 1\n</code></pre>",
        '<PRE class="x">a\n\n  b</PRE>',
        "<textarea>\n  typed\n</textarea>",
        "<script>const s = `a\n    b`;</script>",
        "<style>\n  p { color: red }\n</style>",
    ]
    for block in kept:
        assert compact_html(f"<div>\n  {block}\n  </div>") == f"<div>\n{block}\n</div>"


def test_a_page_without_line_breaks_is_left_as_it_is() -> None:
    html = "<p>a  b</p> <p>c</p>"
    assert compact_html(html) == html
