"""How Arabic news names agreements, ceasefires, truces and resolutions (patterns on token keys).

Token keys are normalised (أ/إ/آ→ا، ة→ه، ى→ي, no diacritics or tatweel) with proclitics cut when
the stem is a known word: every word below that may carry "و/ب/ل/ف/ال" is part of VOCABULARY.
"""

from __future__ import annotations

import re

from kg.text.normalize import normalize_text


def _keys(text: str) -> frozenset[str]:
    return frozenset(normalize_text(word) for word in text.split())


# nouns that head an agreement's name: "اتفاق سوتشي"، "مذكرة تفاهم أستانا"، "مؤتمر برلين"
AGREEMENT_HEADS = _keys(
    "اتفاق الاتفاق اتفاقا اتفاقاً اتفاقية الاتفاقية اتفاقات الاتفاقات اتفاقيات الاتفاقيات مذكرة المذكرة تفاهمات "
    "التفاهمات تفاهم التفاهم بروتوكول البروتوكول مؤتمر المؤتمر معاهدة المعاهدة"
)
# "إعلان القاهرة": a declaration named after a city (never a country: "إعلان تركيا" is an announcement)
DECLARATION_HEADS = _keys("إعلان الإعلان")
# "«إعلان القاهرة»"، "إعلان الرياض الصادر…"، "إعلان جدة وما تضمنه": what may follow a declaration's
# name; anything else makes it an announcement ("إعلان واشنطن نيتها…"، "إعلان القاهرة عن…")
DECLARATION_AFTER = _keys(
    "الذي التي الصادر الصادرة الختامي المشترك الأخير الشامل الجديد حول بشأن الخاص بخصوص و وما "
    "لعام عام"
)
# English noun and kg:agreementType by head noun (default: agreement)
HEAD_NOUNS = {
    **dict.fromkeys(_keys("مذكرة المذكرة"), ("memorandum", "memorandum")),
    **dict.fromkeys(_keys("مؤتمر المؤتمر"), ("conference", "conference")),
    **dict.fromkeys(_keys("تفاهم التفاهم تفاهمات التفاهمات"), ("understanding", "agreement")),
    **dict.fromkeys(_keys("معاهدة المعاهدة"), ("treaty", "agreement")),
    **dict.fromkeys(_keys("بروتوكول البروتوكول"), ("protocol", "agreement")),
    **dict.fromkeys(DECLARATION_HEADS, ("declaration", "declaration")),
}

CEASEFIRE_RE = re.compile(r"(?<!\S)(?:وقف اطلاق النار|وقف اطلاق نار|وقف لاطلاق النار|وقف الاعمال القتاليه|وقف العمليات القتاليه)(?!\S)")
# a ceasefire in force (agreed): "اتفاق وقف…"، "الالتزام بوقف…"، "خرق وقف…"
CEASEFIRE_IN_FORCE_BEFORE = frozenset(
    "اتفاق اتفاقيه الاتفاق الالتزام التزام تنفيذ التنفيذ خرق خروقات انتهاك انتهاكات احترام "
    "تثبيت سريان صمود اعلان نظام هدنه".split()
)
# a ceasefire wished for, not agreed: "تحقيق وقف…"، "الدعوة إلى وقف…"
CEASEFIRE_WISHED_BEFORE = frozenset("تحقيق التوصل الدعوه دعا يدعو طالب يطالب ضروره اجل للتوصل لتحقيق اقتراح مقترح".split())

# ---------------------------------------------------------------- truces
TRUCE_HEADS = _keys("هدنة الهدنة")
# adjectives of a truce, with their English word where it names the truce
TRUCE_ADJECTIVES = {
    **dict.fromkeys(_keys("الإنسانية إنسانية"), "humanitarian"),
    **dict.fromkeys(_keys("المؤقتة مؤقتة"), "temporary"),
    **dict.fromkeys(_keys("الشاملة شاملة الدائمة دائمة"), "permanent"),
    **dict.fromkeys(_keys("الجديدة جديدة الثانية الثالثة الأولى الأخيرة الحالية الهشة"), ""),
}
# "لمدة خمسة أيام"، "لخمسة أيام"، "72 ساعة": how long a truce lasts
NUMBER_WORDS = {
    **dict.fromkeys(_keys("يومين ساعتين أسبوعين"), 2), **dict.fromkeys(_keys("ثلاثة ثلاث"), 3),
    **dict.fromkeys(_keys("أربعة أربع"), 4), **dict.fromkeys(_keys("خمسة خمس"), 5),
    **dict.fromkeys(_keys("ستة ست"), 6), **dict.fromkeys(_keys("سبعة سبع"), 7),
    **dict.fromkeys(_keys("عشرة عشر"), 10),
}
DURATION_UNITS = {
    **dict.fromkeys(_keys("ساعة ساعات ساعتين"), "hour"),
    **dict.fromkeys(_keys("يوما يوماً أيام يوم يومين"), "day"),
    **dict.fromkeys(_keys("أسبوع أسابيع أسبوعين"), "week"),
}
DURATION_WORDS = _keys("لمدة مدتها")
# a truce of 24/48/72 with no unit is counted in hours in news usage
DEFAULT_TRUCE_UNIT = "hour"

# ---------------------------------------------------------------- not (yet) an agreement
# the nearest telling word before a truce or an agreement: wished, proposed, refused, denied, any
NOT_IN_FORCE_BEFORE = _keys(
    "دعا يدعو تدعو دعت الدعوة دعوة طالب يطالب تطالب طالبت المطالبة مطالبة اقترح يقترح تقترح اقتراح "
    "مقترح الاقتراح نأمل يأمل تأمل نتمنى يتمنى أمل الأمل آمال رفض يرفض ترفض رفضت نرفض أي لا لن "
    "مشروع مسودة سعي يسعى تسعى مساعي محاولة محاولات للتوصل لتحقيق تحقيق لإبرام إبرام التفاوض "
    "مفاوضات المفاوضات يبحث تبحث يناقش مناقشة احتمال محتمل إمكانية ضرورة أجل نحو إذا لو حال حالة "
    "قرب اقتراب وشك"
)
# "اتفاق محتمل"، "اتفاق ضمني بين…": an agreement supposed, expected or alleged, not one reached
SUPPOSED_AFTER = _keys("محتمل المحتمل مرتقب المرتقب وشيك الوشيك ضمني مزعوم المزعوم مفترض المفترض ممكن مقترح المقترح")
# words that say the agreement was reached or holds: the scan back stops there
IN_FORCE_BEFORE = _keys(
    "بعد خلال منذ إثر عقب أعقاب بموجب وفق وفقا بفضل ظل خرق خروقات انتهاك انتهاكات الالتزام التزام "
    "تنفيذ تطبيق احترام تمديد انتهاء انهيار سريان صمود توقيع إعلان أعلن أعلنت بدء يزال تزال "
    "وقع وقعت وقعا وقعوا أبرم أبرمت أبرما أبرموا توصل توصلت توصلا توصلوا إسقاط إلغاء تعطيل عرقلة "
    "الانسحاب بنود نص تفاصيل"
)
# what the scan skips between the telling word and the name: "نأمل التوصل إلى اتفاق"
LINKING_WORDS = _keys("التوصل إلى الى الي على ب ل عقد")

# ---------------------------------------------------------------- UN resolutions
# "قرار مجلس الأمن (الدولي) (رقم) 2216"، "القرار الأممي 2216"، "قرارات مجلس الأمن 1737 و1747"
NUMBER = r"\(? ?([0-9٠-٩]{2,4}) ?\)?"
UN_BODY = r"(?:مجلس الامن(?! (?:الوطني|القومي))(?: الدولي| التابع للامم المتحده| للامم المتحده)?|الجمعيه العامه(?: للامم المتحده)?|الامم المتحده)"
RESOLUTION_HEAD = r"(?:ال)?قرار(?:ات|ي|ين|ان)?"
RESOLUTION_RE = re.compile(
    rf"(?<!\S){RESOLUTION_HEAD} (?:{UN_BODY}|(?:ال)?(?:اممي|دولي|امميه|دوليه))(?: الذي يحمل| رقم| الرقم| ذي الرقم| ذو الرقم)* {NUMBER}(?!\S)"
)
# "القرار 2216 الصادر عن مجلس الأمن": the number first, the body within a few words after
BARE_RESOLUTION_RE = re.compile(rf"(?<!\S){RESOLUTION_HEAD}(?: رقم)? {NUMBER}(?!\S)")
UN_CUE_AFTER_RE = re.compile(rf"^(?:\S+ ){{0,3}}(?:{UN_BODY}|الاممي|الدولي)(?!\S)")
# "تبنى مجلس الأمن الدولي أمس القرار 2216": the body that adopts it just before
UN_CUE_BEFORE_RE = re.compile(rf"(?<!\S){UN_BODY}(?: \S+){{0,2}} ?$")
GENERAL_ASSEMBLY = "الجمعيه العامه"
FURTHER_NUMBER_RE = re.compile(r"^ ?(?:، )?(?:و ?)?\(? ?([0-9٠-٩]{2,4}) ?\)?(?!\S)")
# "القرار 2216 الصادر عن مجلس الأمن الدولي حول اليمن": words between a resolution and its subject
ISSUED_WORDS = _keys("الصادر الصادرة الذي صدر عن من مجلس الأمن الدولي التابع للأمم المتحدة رقم")
# "مشروع القرار 2231": a draft, not yet a resolution
DRAFT_BEFORE = _keys("مشروع مسودة")

# ---------------------------------------------------------------- named by what they settle
NUCLEAR = _keys("النووي نووي النووية نووية نوويا نووياً")
PROGRAMME = _keys("برنامج البرنامج برنامجها برنامجه الملف")
# the head's adjectives that name the agreement with its parties: "اتفاقية السلام بين…"
AGREEMENT_QUALIFIERS = {
    **dict.fromkeys(_keys("السلام للسلام سلام"), "peace"),
    **dict.fromkeys(_keys("المصالحة مصالحة"), "reconciliation"),
    **dict.fromkeys(_keys("الأمني أمني الأمنية"), "security"),
    **dict.fromkeys(_keys("الدفاعي الدفاع"), "defence"),
    **dict.fromkeys(_keys("الهدنة"), "truce"),
    **dict.fromkeys(_keys("وقف"), "ceasefire"),
    **dict.fromkeys(_keys("التعاون تعاون"), "cooperation"),
    **dict.fromkeys(_keys("الحدود الحدودي ترسيم"), "border"),
    **dict.fromkeys(_keys("الأخير الجديد التاريخي المبرم الموقع"), ""),
}
# agreements between parties that by their nature hold in the parties' lands (a peace between two
# peoples); any other agreement between parties covers only the places its clause names
TERRITORIAL_QUALIFIERS = frozenset({"peace", "reconciliation", "border", "truce", "ceasefire", "security"})
# a relative clause that says the agreement was made, and where or between whom
MADE_VERBS = _keys(
    "تم جرى جري أبرم ابرم أبرمت أبرمه أبرمته وقع وقعت وقعه وقعته وقعها توصل توصلت أقر أقرت "
    "عقد عقدت التوصل إليه اليه إليها اليها بين"
)
# "الموقع في"، "المبرم بين": the same as a participle after the name
MADE_PARTICIPLES = _keys("الموقع الموقعة المبرم المبرمة المعقود الذي التي")
# "الهدنة مع الحكومة التركية": a state's institution followed by its nationality stands for the state
STATE_INSTITUTIONS = _keys("الحكومة حكومة السلطات النظام الجيش القوات الدولة")
BETWEEN = "بين"
WITH = "مع"
AND = "و"
# "تم الاتفاق بين…": "it was agreed", a verb's noun, names no agreement
IMPERSONAL_BEFORE = _keys("تم جرى يتم وتم وجرى ويتم")
# a clause ends at these keys: the scope of an agreement is read up to there
CLAUSE_END = frozenset({"،", ".", "؛", ":", "؟", "!", "(", ")"})
# words that open another clause: "… في جنوب تركيا بالظهور مع اعتزام واشنطن…"، "… فيما ستستمر…"
CLAUSE_OPENERS = _keys("مع فيما بينما حيث لكن لكنه إلا غير وسط كما")

# "(الاتفاقات) الروسية التركية حول إدلب": agreements named by their parties and their subject
ABOUT_PLACE_WORDS = frozenset("حول بشان في ب الخاص الخاصه خاص خاصه المتعلق المتعلقه متعلق متعلقه بخصوص".split())
# a relative clause after an agreement's name: "والتي نصت على جعل إدلب منطقة خفض تصعيد"
RELATIVE_CLAUSE_RE = re.compile(r"(?<!\S)(?:و)?(?:التي|الذي|اللتين|اللذين)(?!\S)")

# ---------------------------------------------------------------- the prefilter's view
# a sentence the agreement reader must see: a head noun, a declaration, a ceasefire, a truce (with
# or without its length), a resolution. The prefilter reads this tuple (with the gazetteer's agreement names): every new way
# of naming an agreement goes here.
HEADS_RE = re.compile(r"(?<!\S)(?:" + "|".join(sorted(AGREEMENT_HEADS | DECLARATION_HEADS | TRUCE_HEADS)) + r")(?!\S)")
RESOLUTION_TRIGGER_RE = re.compile(rf"(?<!\S){RESOLUTION_HEAD}(?!\S)")
SENTENCE_TRIGGERS: tuple[re.Pattern, ...] = (HEADS_RE, CEASEFIRE_RE, RESOLUTION_TRIGGER_RE)

# words that may carry proclitics and must be recognised behind them ("بالهدنة"، "لخمسة")
VOCABULARY = (
    AGREEMENT_HEADS | DECLARATION_HEADS | TRUCE_HEADS | frozenset(TRUCE_ADJECTIVES) | frozenset(NUMBER_WORDS)
    | frozenset(DURATION_UNITS) | CEASEFIRE_IN_FORCE_BEFORE | CEASEFIRE_WISHED_BEFORE | ABOUT_PLACE_WORDS
    | NOT_IN_FORCE_BEFORE | IN_FORCE_BEFORE | SUPPOSED_AFTER | NUCLEAR | PROGRAMME | frozenset(AGREEMENT_QUALIFIERS)
    | _keys("القرار قرار القرارات قرارات قراري القرارين")
)
