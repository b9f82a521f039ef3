"""The brief as one standalone HTML page, built from the same tree as the Markdown.

Article text is untrusted: every string goes through `html.escape`, and only plain http(s)
URLs become links, so a `<script>` in an evidence sentence or a `javascript:` URL stays text.
"""

from __future__ import annotations

from html import escape

from parley.report.brief import Brief, Clause, Footnote, Section, safe_url

_STYLE = """
body { font-family: Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; color: #222; }
h2 { margin-top: 2em; font-size: 1.25em; }
.sources { color: #666; font-style: italic; }
blockquote { margin: 0.5em 0 0.5em 1.5em; }
sup a { text-decoration: none; }
.footnotes { font-size: 0.9em; border-top: 1px solid #ccc; margin-top: 3em; }
"""


def render_html(brief: Brief) -> str:
    """A complete page: title, opening, one section per encounter, footnotes with anchors."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(brief.title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<article>",
        f"<h1>{escape(brief.title)}</h1>",
        f'<p class="opening">{escape(brief.opening)}</p>',
    ]
    parts += [_section(section) for section in brief.sections]
    if brief.footnotes:
        parts.append('<section class="footnotes">\n<ol>')
        parts += [_footnote(note) for note in brief.footnotes]
        parts.append("</ol>\n</section>")
    parts += ["</article>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _section(section: Section) -> str:
    sources = f"{section.sources} source{'' if section.sources == 1 else 's'}"
    lines = [
        f'<section id="{escape(section.encounter_id)}">',
        f"<h2>{escape(section.heading)}</h2>",
        f'<p class="sources">{sources}</p>',
    ]
    for statement in section.statements:
        body = "".join(_clause(c) for c in statement.clauses)
        lines.append(
            f"<blockquote><p>{body}</p></blockquote>" if statement.quote else f"<p>{body}</p>"
        )
    lines.append("</section>")
    return "\n".join(lines)


def _clause(clause: Clause) -> str:
    marks = "".join(f'<sup><a href="#fn-{n}">{n}</a></sup>' for n in clause.notes)
    return escape(clause.text) + marks


def _footnote(note: Footnote) -> str:
    source = f"“{escape(note.title)}”" if note.title else f"article {escape(note.article_id)}"
    if note.published:
        source += f", {note.published.isoformat()}"
    url = safe_url(note.url)
    if url:
        href = escape(url, quote=True)
        source += f', <a href="{href}" rel="noopener noreferrer">{escape(url)}</a>'
    else:
        source += f", id {escape(note.article_id)}"
    sentence = f": <q>{escape(note.sentence)}</q>" if note.sentence else ""
    return f'<li id="fn-{note.number}">{source}{sentence}</li>'
