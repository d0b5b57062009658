import datetime as dt
import json
import re

import pytest

from kg.corpus import ArticleError, CorpusError, list_corpus, load_corpus, load_metadata, read_article
from kg.paths import BUNDLED_CORPUS_DIR


def test_bundled_corpus_has_five_articles_with_metadata():
    articles = load_corpus(BUNDLED_CORPUS_DIR)
    assert [a.id for a in articles][:2] == ["000_c995f5e66b655fd3", "001_a0fffd0fd3cd9236"]
    assert len(articles) == 5
    assert articles[0].published == dt.date(2019, 5, 14)
    assert articles[0].source == "Madad Post"
    assert articles[1].source is None
    assert articles[3].headline.startswith("أردوغان لبوتين")


def write(folder, name, content):
    (folder / name).write_text(content, encoding="utf-8")


def test_metadata_is_optional(tmp_path):
    write(tmp_path, "a.txt", "نص")
    [article] = load_corpus(tmp_path)
    assert (article.id, article.published) == ("a", None)


@pytest.mark.parametrize(
    ("metadata", "message"),
    [
        ("{not json", "invalid JSON"),
        (json.dumps({"published": "2020-01-01"}), 'each line must be an object with a string "id"'),
        (json.dumps({"id": "a", "published": "01/02/2020"}), '"published" must be YYYY-MM-DD'),
    ],
)
def test_a_bad_metadata_line_is_skipped_and_named(tmp_path, metadata, message):
    write(tmp_path, "a.txt", "نص")
    write(tmp_path, "metadata.jsonl", json.dumps({"id": "b", "published": "2020-01-02"}) + "\n" + metadata + "\n")
    listing = list_corpus(tmp_path)
    [(where, problem)] = listing.metadata_problems
    assert where.endswith("metadata.jsonl:2") and message in problem
    assert listing.metadata["b"].published == dt.date(2020, 1, 2)
    with pytest.raises(CorpusError, match=f"metadata.jsonl:2: {re.escape(message)}"):
        load_metadata(tmp_path / "metadata.jsonl")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\xff\xfe\x00bad", "not UTF-8 text (byte 0)"),
        (b"", "the article is empty"),
        (" \n\t".encode(), "the article is empty"),
        (b"\x00\x01PK binary", "binary data, not text (2 control characters, the first U+0000)"),
        ("Only Latin letters here.".encode(), "no Arabic text in the article"),
    ],
    ids=["latin-1", "empty", "blank", "binary", "no-arabic"],
)
def test_an_unreadable_article_is_an_error_naming_its_file(tmp_path, content, problem):
    (tmp_path / "b.txt").write_bytes(content)
    with pytest.raises(ArticleError) as raised:
        read_article(tmp_path / "b.txt")
    assert str(raised.value) == f"{tmp_path / 'b.txt'}: {problem}"
    assert raised.value.problem == problem


@pytest.mark.parametrize(
    "text",
    [
        "أجرى الرئيس اتصالا هاتفيا \x07 مع نظيره، وبحثا العلاقات الثنائية بين البلدين الشقيقين.",
        "مسيرتي في التطوع\n\n\x1a\x1a بدأت مسيرتي\n\x1a\x1a أبرز المبادرات\n\x1a\x1a ثم\n\x1a\x1a أخيرا",
    ],
    ids=["a stray control character", "lost characters as bullets"],
)
def test_control_characters_in_news_do_not_make_it_binary(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert read_article(tmp_path / "a.txt").text == text


def test_a_corpus_lists_its_articles_and_reads_them_lazily(tmp_path):
    write(tmp_path, "a.txt", "\ufeffنص أول")
    (tmp_path / "b.txt").write_bytes(b"\xff")
    write(tmp_path, "c.txt", "نص ثالث")
    listing = list_corpus(tmp_path)
    assert [p.name for p in listing.paths] == ["a.txt", "b.txt", "c.txt"]
    read = list(listing.articles())
    assert read[0].text == "نص أول"  # the byte-order mark is not text
    assert isinstance(read[1], ArticleError) and read[1].path.name == "b.txt"
    assert [a.id for a in load_corpus(tmp_path)] == ["a", "c"]


def test_missing_or_empty_folders_are_errors(tmp_path):
    with pytest.raises(CorpusError, match="missing: not a folder"):
        load_corpus(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match=r"empty: no \*\.txt articles"):
        load_corpus(tmp_path / "empty")
