"""Function words and grammar words of news Arabic, in normalised form (see kg.text.normalize)."""

from __future__ import annotations

from kg.text.normalize import normalize_text


def _words(text: str) -> frozenset[str]:
    return frozenset(normalize_text(word) for word in text.split())


# "his counterpart", "her counterpart", "their counterpart" (+ the dual)
COUNTERPART_WORDS = _words("نظيره نظيرها نظيرهما نظيريه نظيرته نظيرتها نظيراه نظيرهم نظرائه نظراءه")
# "the side", "the party", "the two countries" — a country stands behind them
SIDE_WORDS = _words("الجانب الجانبين الجانبان الطرف الطرفين الطرفان")
BOTH_COUNTRIES_WORDS = _words("البلدين البلدان الدولتين الدولتان")
# particles, prepositions and pronouns that never start or continue a personal name
STOPWORDS = _words(
    "في من الى إلى على عن مع بين حول بشأن خلال منذ قبل بعد عند لدى نحو ضد عبر حتى أن ان إن بأن لأن "
    "كان كانت قد لقد لم لن لا ما ماذا هل التي الذي الذين اللذين اللتين هو هي هم هما نحن انه أنه انها "
    "أنها وقال قال وقالت قالت يقول تقول أكد وأكد أكدت اعلن أعلن أعلنت أشار وأشار أشارت أوضح شدد وشدد "
    "بحث وبحث ناقش تلقى أجرى اجرى اتصل هاتف أبلغ دعا أعرب اعرب وصف صرح لفت تابع أضاف وأضاف "
    "اليوم امس أمس غدا الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الأحد مساء صباح يوم "
    "كل بعض جميع كلا كلتا كما أيضا ايضا وذلك ذلك هذا هذه تلك هناك هنا وفق وفقا بحسب حسب نقلا "
    "بدوره بدورها من جهته جانبه جانبها خلاله خلالها معه معها له لها عنه عنها فيه فيها منه منها "
    "بينهما بينهم عليه عليها اليه اليها الي"
)
# reporting verbs after which "أن/إن" opens the reported clause
REPORTING_COMPLEMENTIZERS = _words("أن إن بأن وأن")
# words that open a source attribution: the actor after them is a source, not a party
SOURCE_MARKERS = _words("حسب بحسب وفق وفقا نقلا وبحسب وحسب وفقاً")
RELATIVE_PRONOUNS = _words("التي الذي اللذين اللتين الذين اللواتي اللاتي")
