"""`kg_dates`: date expressions, resolved against the article's publication date (`doc._.published`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.dates import find_dates

for _name in ("kg_dates", "published", "article_id"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("kg_dates")
def recognise_dates(doc: Doc) -> Doc:
    doc._.kg_dates = find_dates(doc.text, doc._.published)
    return doc
