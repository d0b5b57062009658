"""However the map runs — one process, a pool, a Dask cluster, from the cache — graph.ttl has the
same bytes; a rebuild re-extracts only new or changed articles."""

import json

import pytest

from kg.build import BuildOptions, build


def graph_bytes(corpus, out, **options) -> bytes:
    summary = build(corpus, out, BuildOptions(explorer=False, **options))
    return summary.graph_path.read_bytes()


def report(out) -> dict:
    return json.loads((out / "build-report.json").read_text(encoding="utf-8"))


def test_one_and_two_worker_processes_write_the_same_bytes(sample_copy, tmp_path):
    one = graph_bytes(sample_copy, tmp_path / "one", jobs=1, cache=False)
    two = graph_bytes(sample_copy, tmp_path / "two", jobs=2, cache=False, batch_size=1)
    assert one == two and b"kg:PhoneCall" in one


def test_a_rebuild_takes_unchanged_articles_from_the_cache(sample_copy, tmp_path):
    out = tmp_path / "out"
    clean = graph_bytes(sample_copy, out, jobs=1)
    assert report(out)["counts"]["articles_from_cache"] == 0
    assert graph_bytes(sample_copy, out, jobs=1) == clean
    assert report(out)["counts"]["articles_from_cache"] == 5
    assert report(out)["counts"]["units_validated"] == 0  # every unit known to conform


def test_a_new_and_a_changed_article_are_extracted_and_the_result_equals_a_clean_build(sample_copy, tmp_path):
    out = tmp_path / "out"
    graph_bytes(sample_copy, out, jobs=1)
    (sample_copy / "005_new.txt").write_text("أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع المستشارة الألمانية أنجيلا ميركل.", encoding="utf-8")
    changed = sample_copy / "004_0b87b1ea24356d80.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nوأكد الجانبان أهمية التعاون.", encoding="utf-8")
    incremental = graph_bytes(sample_copy, out, jobs=1)
    assert report(out)["counts"]["articles_from_cache"] == 4
    assert incremental == graph_bytes(sample_copy, tmp_path / "clean", jobs=1, cache=False)
    assert "emmanuel-macron" in incremental.decode("utf-8")


def test_no_cache_ignores_the_cache(sample_copy, tmp_path):
    out = tmp_path / "out"
    graph_bytes(sample_copy, out, jobs=1)
    graph_bytes(sample_copy, out, jobs=1, cache=False)
    assert report(out)["counts"].get("articles_from_cache", 0) == 0


def test_another_gazetteer_is_another_fingerprint(tmp_path):
    from kg.build.fingerprint import extractor_fingerprint

    assert extractor_fingerprint(None) != extractor_fingerprint("tests/data/gazetteer")
    assert extractor_fingerprint(None) == extractor_fingerprint(None)


def test_a_dask_build_writes_the_same_bytes_as_a_local_build(sample_copy, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    local = graph_bytes(sample_copy, tmp_path / "local", jobs=1, cache=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = graph_bytes(sample_copy, tmp_path / "dask", dask=cluster.scheduler_address, cache=False, batch_size=2)
    assert remote == local
