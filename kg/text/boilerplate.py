"""Page furniture of Arabic news sites: "read also" links, tags, comment forms, related stories."""

from __future__ import annotations

import re

from kg.text.normalize import normalize_text

# a line that links to another story: skipped, the lines after it are kept
LINK_LINE_RE = re.compile(r"^\s*(?:اقرا ايضا|اقرا كذلك|شاهد ايضا|ذات صله|اقرا المزيد|للمزيد)\b")
# a line from which on everything is footer: tags, comments, related articles
FOOTER_LINE_RE = re.compile(
    r"^\s*(?:كلمات مفتاحيه|الوسوم|وسوم|مقالات ذات صله|اخبار ذات صله|مواضيع ذات صله|تعليقات فيسبوك|"
    r"اترك تعليقا|اضف تعليق|اضف رد|اترك ردا|شارك هذا|المصدر\s*[|:])"
)


def content_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of `text` that carry the article: link lines and the footer removed."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        folded = normalize_text(line)
        if FOOTER_LINE_RE.match(folded):
            break
        if line.strip() and not LINK_LINE_RE.match(folded):
            ranges.append((offset, offset + len(line)))
        offset += len(line)
    return ranges


def in_ranges(start: int, ranges: list[tuple[int, int]]) -> bool:
    return any(low <= start < high for low, high in ranges)
