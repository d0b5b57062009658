import pytest

from kg.text.boilerplate import content_ranges


def kept_lines(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in content_ranges(text)]


@pytest.mark.parametrize(
    "link_line",
    ["اقرأ أيضاً: الرئيس يهاتف نظيره", "إقرأ أيضا : عنوان آخر", "شاهد أيضاً: فيديو"],
)
def test_read_also_lines_are_dropped_but_the_story_goes_on(link_line):
    text = f"خبر أول.\n\n{link_line}\n\nخبر ثان."
    assert kept_lines(text) == ["خبر أول.", "خبر ثان."]


@pytest.mark.parametrize(
    "footer",
    ["مقالات ذات صلة", "كلمات مفتاحية", "الوسوم", "اترك تعليقاً", "أضف تعليق", "اضف رد", "تعليقات فيسبوك"],
)
def test_everything_after_a_footer_marker_is_dropped(footer):
    text = f"خبر.\n{footer}\nأردوغان يهاتف بوتين\n"
    assert kept_lines(text) == ["خبر."]
