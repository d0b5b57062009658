"""How Arabic news names agreements, ceasefires and truces (patterns on token keys)."""

from __future__ import annotations

import re

# nouns that head an agreement's name: "اتفاق سوتشي"، "مذكرة تفاهم أستانا"، "مؤتمر برلين"
AGREEMENT_HEADS = frozenset(
    "اتفاق الاتفاق اتفاقيه الاتفاقيه اتفاقات الاتفاقات اتفاقيات الاتفاقيات مذكره المذكره تفاهمات "
    "تفاهم بروتوكول البروتوكول مؤتمر المؤتمر معاهده المعاهده".split()
)
# kind of agreement by head noun
HEAD_TYPES = {"مذكره": "memorandum", "المذكره": "memorandum", "مؤتمر": "conference", "المؤتمر": "conference"}
CEASEFIRE_RE = re.compile(r"(?<!\S)(?:وقف اطلاق النار|وقف اطلاق نار|وقف لاطلاق النار|وقف الاعمال القتاليه|وقف العمليات القتاليه)(?!\S)")
# a ceasefire in force (agreed): "اتفاق وقف…"، "الالتزام بوقف…"، "خرق وقف…"
CEASEFIRE_IN_FORCE_BEFORE = frozenset(
    "اتفاق اتفاقيه الاتفاق الالتزام التزام تنفيذ التنفيذ خرق خروقات انتهاك انتهاكات احترام "
    "تثبيت سريان صمود اعلان نظام هدنه".split()
)
# a ceasefire wished for, not agreed: "تحقيق وقف…"، "الدعوة إلى وقف…"
CEASEFIRE_WISHED_BEFORE = frozenset("تحقيق التوصل الدعوه دعا يدعو طالب يطالب ضروره اجل للتوصل لتحقيق اقتراح مقترح".split())
TRUCE_RE = re.compile(
    r"(?<!\S)هدنه(?: لمده)? (\d{1,3})(?: (ساعه|ساعات|يوما|ايام|يوم|اسبوع|اسابيع))?(?!\S)"
)
TRUCE_UNITS = {"ساعه": "hour", "ساعات": "hour", "يوما": "day", "ايام": "day", "يوم": "day", "اسبوع": "week", "اسابيع": "week"}
# a truce of 24/48/72 with no unit is counted in hours in news usage
DEFAULT_TRUCE_UNIT = "hour"
# "(الاتفاقات) الروسية التركية حول إدلب": agreements named by their parties and their subject
ABOUT_PLACE_WORDS = frozenset("حول بشان في ب الخاص الخاصه المتعلق المتعلقه بخصوص".split())
# relative clause stating what an agreement does: "والتي نصت على جعل إدلب منطقة خفض تصعيد"
RELATIVE_CLAUSE_RE = re.compile(r"(?<!\S)(?:و)?(?:التي|الذي|اللتين|اللذين)(?!\S)")
BETWEEN_WORDS = frozenset("بين كل من و".split())
# a sentence the agreement reader must see: a head noun, a ceasefire, a truce. The prefilter reads
# this tuple (with the gazetteer's agreement names): every new way of naming an agreement goes here.
HEADS_RE = re.compile(r"(?<!\S)(?:" + "|".join(sorted(AGREEMENT_HEADS)) + r")(?!\S)")
SENTENCE_TRIGGERS: tuple[re.Pattern, ...] = (HEADS_RE, CEASEFIRE_RE, TRUCE_RE)
