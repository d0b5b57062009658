"""`kg_dates`: date expressions, resolved against the article's publication date (`doc._.published`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.dates import DateMention, find_dates
from kg.pipeline.focus import focus_ranges
from kg.pipeline.sentences import doc_text

for _name in ("kg_dates", "published", "article_id"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("kg_dates")
def recognise_dates(doc: Doc) -> Doc:
    """Dates of the sentences in focus (a date never spans two sentences)."""
    ranges, text = focus_ranges(doc), doc_text(doc)
    if ranges is None:
        doc._.kg_dates = find_dates(text, doc._.published)
    else:
        doc._.kg_dates = [m for start, end in ranges for m in dates_in(text, start, end, doc._.published)]
    return doc


def dates_in(text: str, start: int, end: int, published) -> list[DateMention]:
    return [replace(m, start=m.start + start, end=m.end + start) for m in find_dates(text[start:end], published)]
