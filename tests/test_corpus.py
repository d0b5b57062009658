import datetime as dt
import json

import pytest

from kg.corpus import CorpusError, load_corpus
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
        ("{not json", "metadata.jsonl:1: invalid JSON"),
        (json.dumps({"published": "2020-01-01"}), 'metadata.jsonl:1: each line must be an object with a string "id"'),
        (json.dumps({"id": "a", "published": "01/02/2020"}), 'metadata.jsonl:1: "published" must be YYYY-MM-DD'),
    ],
)
def test_bad_metadata_names_the_file_and_line(tmp_path, metadata, message):
    write(tmp_path, "a.txt", "نص")
    write(tmp_path, "metadata.jsonl", metadata + "\n")
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path)


def test_bad_articles_are_named(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(CorpusError, match=r"b\.txt: not UTF-8"):
        load_corpus(tmp_path)
    with pytest.raises(CorpusError, match="missing: not a folder"):
        load_corpus(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match=r"empty: no \*\.txt articles"):
        load_corpus(tmp_path / "empty")
