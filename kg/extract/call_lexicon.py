"""How Arabic news states a phone call, and the look-alikes that are not one.

Every pattern runs on a sentence's token keys (normalised: أإآ→ا، ى→ي، ة→ه، no diacritics, proclitics
cut where the stem is known) joined by single spaces; `W` is one whole token.
"""

from __future__ import annotations

import re

from kg.text.normalize import normalize_text

W = r"\S+"
# how many sentences after a call may still tell what it discussed (calls.CallReader.continuation)
CONTINUATION_SENTENCES = 4
OPT_CONJ = r"(?:[وف])?"

# call nouns, indefinite (accusative with alef) or definite
CALL_NOUN = r"(?:ال)?(?:اتصال|اتصالا|مكالمه|محادثه|مهاتفه|محادثات|مباحثات|مشاورات)"
# the phone adjective in every number and gender: هاتفي، هاتفية، هاتفياً، هاتفيين، هاتفيان، هاتفيتين
PHONE_ADJ = r"(?:ال)?(?:هاتفي|تليفوني|تلفوني)(?:ه|ا|يا|ين|ان|تين|تان)?"
DEFINITE_CALL = r"(?:الاتصال|المكالمه|المحادثه|المهاتفه)(?: الهاتفي(?:ه)?)?"
# what "تلقى" and "أجرى" take: one call, two calls ("اتصالين"), several calls ("اتصالات")
ONE_CALL = r"(?:اتصالا|اتصال|مكالمه)"
TWO_CALLS = r"(?:اتصالين|اتصالان|مكالمتين|مكالمتان)"
CALLS = r"(?:اتصالات|مكالمات|الاتصالات|المكالمات)"
CALL_OBJECT = rf"(?:{ONE_CALL}|{TWO_CALLS}|{CALLS})"
DUAL_CALLS_RE = re.compile(rf"(?<!\S){TWO_CALLS}(?!\S)")
# several calls at once: "أجرى اتصالات هاتفية مع كل من …"، "تلقى عدداً من الاتصالات"
PLURAL_CALLS_RE = re.compile(rf"(?<!\S){CALLS}(?!\S)")

# Words that end the stretch between a verb and its call noun: another verb of speech or of a
# call, a clause ("أن"), a letter or a cable, a sentence mark, and "من" (a source: "تلقى رسالة من
# X … واتصالاً") unless it counts a list ("كل من"، "عدداً من") or dates ("أول من أمس").
GAP_VERBS = (
    r"قال|اكد|اعلن|اضاف|اوضح|اشار|ذكر|بعث|ارسل|وجه|استقبل|التقي|تلقي|تلقت|اجري|اجرت|اتصل|اتصلت|هاتف|بحث|ناقش"
)
GAP_STOP = (
    rf"(?:(?<!كل )(?<!كلا )(?<!عدد )(?<!عددا )(?<!اول )من|ان|انه|انها|بان|(?:ال)?(?:رساله|رسالتين|رسايل|برقيه|برقيتين|برقيات)"
    rf"|{OPT_CONJ}(?:{GAP_VERBS})|[.؟!:؛])"
)
MAX_GAP = 30  # subjects are long: "نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير …، ولي العهد …"
GAP = rf"(?:(?!{GAP_STOP} )[^\s.؟!]+ ){{0,{MAX_GAP}}}?"

# frames: which party called, when the wording says it
RECEIVE_VERB = r"(?:تلقي|يتلقي|تلقت|تتلقي|تلقيا|تلقتا|تلقوا|يتلقيان|تتلقيان|تلقاه)"
MAKE_VERB = r"(?:اجري|اجرت|اجريا|اجرتا|اجروا|يجري|تجري|يجريان|تجريان|تم اجراء)"
RECEIVE_RE = re.compile(rf"(?<!\S){OPT_CONJ}{RECEIVE_VERB} {GAP}{CALL_OBJECT}(?: {PHONE_ADJ})?(?!\S)")
MAKE_RE = re.compile(rf"(?<!\S){OPT_CONJ}{MAKE_VERB} {GAP}(?:اتصالا|مكالمه|{TWO_CALLS}|{CALLS})(?: {PHONE_ADJ})?(?!\S)")
# "خلال اتصال هاتفي تلقاه من …" / "في اتصال هاتفي أجراه مع …": the noun first, then who made it
RECEIVED_NOUN_RE = re.compile(rf"(?<!\S)(?:اتصالا|اتصال|مكالمه)(?: {PHONE_ADJ})? (?:تلقاه|تلقته|تلقياه|تلقاها|تلقتها)(?!\S)")
MADE_NOUN_RE = re.compile(rf"(?<!\S)(?:اتصالا|اتصال|مكالمه)(?: {PHONE_ADJ})? (?:اجراه|اجرته|اجرياه|اجراها|اجرتها)(?!\S)")
VERB_CALL_RE = re.compile(rf"(?<!\S){OPT_CONJ}(?:اتصل|اتصلت|اتصلا|اتصلتا|اتصلوا|يتصل|تتصل|يتصلان|تتصلان)(?: هاتفيا)?(?!\S)")
VERB_PHONE_RE = re.compile(rf"(?<!\S){OPT_CONJ}(?:هاتف|هاتفت|هاتفا|يهاتف|تهاتف|يهاتفان|تهاتفان|هاتفه|هاتفها|هاتفهما|يهاتفه)(?!\S)")
RECIPROCAL_RE = re.compile(rf"(?<!\S){OPT_CONJ}(?:تهاتفا|تهاتف|يتهاتف|يتهاتفان|تهاتفت|تباحثا هاتفيا|تحادثا هاتفيا)(?!\S)")
ADVERB_RE = re.compile(r"(?<!\S)(?:هاتفيا|تليفونيا|تلفونيا|عبر الهاتف|هاتفي)(?!\S)")
NOUN_RE = re.compile(rf"(?<!\S){OPT_CONJ}(?:{CALL_NOUN} {PHONE_ADJ}|{TWO_CALLS} {PHONE_ADJ}|مكالمه|مكالمات هاتفيه)(?!\S)")
NOUN_WITH_PARTY_RE = re.compile(r"(?<!\S)(?:[وف])?(?:اتصال|اتصالا)(?= (?:مع|بين|من)(?!\S))")
ANAPHOR_RE = re.compile(rf"(?<!\S)(?:خلال|في|عقب|بعد|اثناء|ب|وخلال|وفي)?\s?{DEFINITE_CALL}(?!\S)")
# "اتصال وصفته مصادر بأنه مهم جرى بين X وY"، "الاتصال الهاتفي الذي جرى الاثنين بين X وY"
NOUN_BETWEEN_RE = re.compile(
    rf"(?<!\S){OPT_CONJ}(?:{CALL_NOUN}|{ONE_CALL})(?: {PHONE_ADJ})?(?: [^\s.؟!]+){{0,12}}? (?:جري|جرت|تم|تمت|اجري|اجريت|دار|دارت)(?: [^\s.؟!]+){{0,4}}?(?= بين(?!\S))"
)
# a call told with a possessive: "اتصاله بـ"، "خلال اتصالهما"، "في مكالمتهما"، "حديثنا الهاتفي"
POSSESSORS = r"(?:ه|ها|هما|هم|نا)"
CIRCUMSTANCE = r"(?:[وف]?(?:خلال|في|اثناء|عقب|بعد|اثر))"
POSSESSIVE_RE = re.compile(
    rf"(?<!\S)(?:{OPT_CONJ}[بل]?(?:اتصال|مكالمت|محادثت|مهاتفت|حديث){POSSESSORS} {PHONE_ADJ}"
    rf"|{CIRCUMSTANCE} (?:اتصال|مكالمت|محادثت|مهاتفت){POSSESSORS})(?!\S)"
)
# "حديثنا الهاتفي": the speaker is one of the parties
FIRST_PERSON_RE = re.compile(r"(?:اتصال|مكالمت|محادثت|مهاتفت|حديث)نا(?!\S)")
# "خلال الاتصال"، "وفي المكالمة": the call as a circumstance (bare "الاتصال" may be "contact")
CIRCUMSTANCE_RE = re.compile(rf"{CIRCUMSTANCE} ")
# possessors that are the parties of the call together: "اتصالهما"، "حديثنا" (the speaker and another)
SHARED_POSSESSIVE_RE = re.compile(r"(?:هما|هم|نا)$")

# a call that was not (yet) made: planned, promised, requested, denied
FUTURE_VERB_RE = re.compile(r"^(?:[وف])?س(?:ي|ت|ن)(?:جري|تصل|هاتف|تلقي|تحادث|تحدث|تباحث|بحث|ناقش)")
PLANNED_RE = re.compile(
    r"(?<!\S)(?:[وف])?(?:سوف|يخطط|تخطط|خطط|من المقرر|من المنتظر|من المتوقع|يعتزم|تعتزم|يعتزمان|ينوي|تنوي|المرتقب|مرتقب|المزمع|"
    r"المقرر|يرتقب|طلب اجراء|دعا الي اجراء|اقترح اجراء|يسعي|يامل|تامل|يامل ان|وعد|تعهد|ينتظر|يتوقع|يرتقب ان|قبل اجراء|خطط|خطه)(?!\S)"
)
# "طلب أردوغان إجراء اتصال": a call asked for, proposed or intended
REQUESTED_RE = re.compile(
    r"(?<!\S)(?:طلب|يطلب|طالب|يطالب|دعا|يدعو|اقترح|يقترح|يعتزم|تعتزم|ينوي|تنوي|قرر|يريد|امكانيه|وعد|مستعد|استعداده|استعدادها)"
    r"(?: \S+){0,3} اجراء$"
)
# "تم إجراء اتصال"، "بعد إجراء اتصال": the verbal noun of a call that was made
DONE_BEFORE_VERBAL_NOUN = frozenset("تم وتم بعد وبعد عقب وعقب اثر خلال".split())
NEGATION_RE = re.compile(r"(?<!\S)(?:[وف])?(?:لم|لن|لا|ما|ليس|نفي|نفت|ينفي|تنفي|نفيا|عدم|دون|بدون|رفض|رفضت|يرفض|اي)(?!\S)")
DENIAL_RE = re.compile(r"(?<!\S)(?:[وف])?(?:نفي|نفت|ينفي|تنفي|نفيا|نفيه|كذب|كذبت)(?!\S)")
# not a diplomatic call: threats, leaks, intercepts, video conferences
NOT_DIPLOMATIC_RE = re.compile(
    r"(?<!\S)(?:تهديد|تهديدا|يهدد|تهدد|مجهول|مجهوله|مسرب|مسربه|تسريب|تسريبات|تنصت|التنصت|اعتراض|اعترضت|"
    r"تسجيل|تسجيلا|ابتزاز|احتيال|مرئي|مرئيه|الفيديو|فيديو|بالفيديو|\S*تنصت\S*)(?!\S)"
)
# "على هاتف المستشارة"، "عبر هاتفه"، "رقم هاتفه": the noun "phone", not the verb "هاتف" (he phoned)
PHONE_NOUN_AFTER = frozenset("علي عبر في من عن الي مع خلال رقم جهاز استخدام كاميرا شاشه ذاكره بطاريه".split())
# "هاتفه الذكي"، "هاتفه المحمول": his phone
PHONE_NOUN_BEFORE = frozenset("الذكي المحمول الجوال الخلوي النقال الخاص الشخصي الثابت المفقود".split())
# "the call" preceded by an institution noun is a name: دائرة الاتصال، مركز الاتصال، شركة الاتصالات،
# مجموعة الاتصال، لجنة الاتصال، ضابط الاتصال، خلية الاتصال; "هاتفياً" after a line or a number is its
# adjective: "خطاً هاتفياً ساخناً"، "رقماً هاتفياً"
INSTITUTION_BEFORE_RE = re.compile(
    r"(?:دايره|مديريه|مركز|مكتب|ضابط|ضباط|خط|خطوط|قناه|قنوات|وسايل|وسيله|وزاره|وزير|شركه|هييه|قطاع|ادوات|شبكه|"
    r"شبكات|مسوول|رييس دايره|دوايره|مجموعه|مجموعات|لجنه|لجان|فريق|خليه|وحده|نقطه|غرفه|قسم|اداره|جهاز|اجهزه|"
    r"نظام|انظمه|تقنيه|تقنيات|منسق|منسقي|برج|ابراج|كابل|رقم|ارقام|خطا|رقما|ارقاما|جهازا|خطوطا|خطين|رقمين|تطبيقا|مركزا)$"
)
# a talk given to the press by phone: "مؤتمر صحفي عبر الهاتف"، "مداخلة هاتفية"، "حوار هاتفي"
PRESS_TALK_BEFORE_RE = re.compile(r"(?:مداخله|مداخلات|حوار|مقابله|تصريح|تصريحات|صحفي|صحافي|كلمه|كلمته|خطاب|خطابه|افاده)$")
# a call tried and not made: "تعذر الاتصال بـ"، "حاول الاتصال"، "فشلت محاولات الاتصال"
ATTEMPT_RE = re.compile(r"(?<!\S)(?:[وف])?(?:تعذر|يتعذر|حاول|يحاول|حاولت|تحاول|محاوله|محاولات|فشل|فشلت|يفشل)(?!\S)")
# the other end of an interview: a newspaper, agency, channel
MEDIA_RE = re.compile(
    r"(?<!\S)(?:وكاله|صحيفه|جريده|قناه|تلفزيون|التلفزيون|اذاعه|موقع|مجله|شبكه|برنامج|مراسل|مراسله|محطه|"
    r"لصحيفه|لوكاله|لقناه|لجريده|لموقع|لمجله|لاذاعه|للتلفزيون|صحفي|صحافي|صحفيين|صحافيين|الصحفيين|الصحافيين|"
    r"للصحفيين|للصحافيين|مراسلي|لمراسل|الصحيفه|الوكاله|القناه|وسايل الاعلام|لوسايل)(?!\S)"
)
SAID_VERBS = r"(?:[وف])?(?:قال|قالت|صرح|صرحت|اوضح|اوضحت|اكد|اكدت|افاد|افادت|اضاف|اضافت|تحدث|تحدثت|كشف|كشفت|ذكر|ذكرت)"
SAID_VERB_RE = re.compile(SAID_VERBS)
# what was said starts after these: "قال إن …"، "أكد أن …"، "قال: …"
REPORTED_CLAUSE_OPENERS = frozenset("ان انه انها بان بانه بانها وان :".split())
SAID_TO_RE = re.compile(rf"(?<!\S){SAID_VERBS}(?: \S+){{0,4}} (?:ل|لـ)(?!\S)")
# "قال لعكاظ": the word after the verb keeps its "ل" when it is no actor the gazetteer knows (the match
# key of an actor's name is cut: "لبوتين" -> "بوتين"); these words keep it and are no addressee
NOT_AN_ADDRESSEE = frozenset("لدي لكن لان لانه لانها لذلك لا لم لن لقد ليس ليست لهذا لها له لهم لكل لمده لاحقا للغايه لمواجهه".split())

# "يتصل بـ / فيما يتصل بـ / ما يتصل": "concerns", when no actor is its subject
CONCERNS_VERBS = frozenset("يتصل تتصل يتصلان تتصلان".split())

# an initiative stated apart from the verb: "بمبادرة من الجانب التركي"، "بناء على طلب"
INITIATIVE_RE = re.compile(r"(?<!\S)(?:بمبادره من|بمبادره|مبادره من|بناء علي طلب|بطلب من|بناء علي دعوه من)(?!\S)")
# plural references to the parties of the call just told
PLURAL_ANAPHORS = frozenset(
    "الرييسان الرييسين الزعيمان الزعيمين الزعماء زعماء الوزيران الوزيرين الجانبان الجانبين الطرفان الطرفين بينهما بينهم "
    "الثلاثه الثلاث".split()
)
# nouns after which a nationality adjective names the topic: "المسألة السورية" -> Syria
TOPIC_NOUNS = frozenset(
    "المساله الازمه الملف التسويه القضيه الساحه الاراضي الحرب الحدود الاوضاع الشان الملفات".split()
)
# nouns and words after which a date belongs to another event
OTHER_EVENT_BEFORE_DATE = frozenset(
    "قمه القمه اجتماع الاجتماع مؤتمر المؤتمر زياره الزياره هجوم الهجوم انتخابات الانتخابات التي الذي منذ "
    "عام العام يومي اتفاقيه اتفاق توقيع حتي".split()
)
# honorifics and ranks before a name ("صاحب السمو الشيخ"، "معالي الفريق الركن"): the parties of a call
# may be named after them
HONORIFIC_WORDS = frozenset(
    normalize_text(word)
    for word in (
        "صاحب صاحبة السمو الملكي الجلالة المعالي الفخامة سمو جلالة فخامة معالي سعادة دولة سماحة الشيخ الشيخة "
        "الأمير الأميرة السيد السيدة الدكتور الدكتورة د المهندس الحاج الأستاذ اللواء العميد العقيد الفريق أول "
        "ركن الركن العماد المشير الجنرال"
    ).split()
)
# words that start a title before a name ("وملك مملكة البحرين"، "ووزير الداخلية"، "وصاحب السمو")
TITLE_WORDS = HONORIFIC_WORDS | frozenset(
    normalize_text(word)
    for word in (
        "رئيس رئيسة الرئيس الرئيسة ملك الملك عاهل العاهل أمير الأمير ولي نائب وزير وزيرة الوزير سفير السفير "
        "مستشار المستشار المستشارة مبعوث المبعوث ممثل الممثل الأمين أمين قائد القائد زعيم الزعيم"
    ).split()
)
# words that count the calls of a list: "الأول مع ماكرون والثاني مع ميركل"، "أحدهما من بوتين والآخر من
# ميركل"، "من نظيره الروسي، وآخر من المستشارة الألمانية"
LIST_COUNTERS = frozenset(
    normalize_text(word)
    for word in "الأول الأولى الثاني الثانية الثالث الثالثة الرابع الآخر الأخرى آخر أخرى أحدهما أحدها إحداهما الأخير".split()
)
