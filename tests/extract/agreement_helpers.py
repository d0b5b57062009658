"""What the agreement tests share: the agreements of a text by IRI slug."""

import datetime as dt

from kgtest import slug

SUMMER_2015 = dt.date(2015, 8, 1)


def agreements(extract, text, published=SUMMER_2015):
    return {slug(a.iri): a for a in extract(text, published).agreements}
