"""How Arabic news states a phone call, and the look-alikes that are not one.

Every pattern runs on a sentence's token keys (normalised: أإآ→ا، ى→ي، ة→ه، no diacritics, proclitics
cut where the stem is known) joined by single spaces; `W` is one whole token.
"""

from __future__ import annotations

import re

W = r"\S+"
# how many sentences after a call may still tell what it discussed (calls.CallReader.continuation)
CONTINUATION_SENTENCES = 4
OPT_CONJ = r"(?:[وف])?"
GAP = r"(?:[^\s.؟!]+ ){0,10}?"  # up to ten words between a verb and its object

# call nouns, indefinite (accusative with alef) or definite
CALL_NOUN = r"(?:ال)?(?:اتصال|اتصالا|مكالمه|محادثه|مهاتفه|محادثات|مباحثات|مشاورات)"
PHONE_ADJ = r"(?:ال)?هاتفي(?:ه|ا|يا)?"
DEFINITE_CALL = r"(?:الاتصال|المكالمه|المحادثه|المهاتفه)(?: الهاتفي(?:ه)?)?"

# frames: which party called, when the wording says it
RECEIVE_RE = re.compile(rf"(?<!\S){OPT_CONJ}(?:تلقي|يتلقي|تلقت|تتلقي|تلقيا|تلقوا|يتلقيان|تلقاه){' '}{GAP}(?:اتصالا|اتصال|مكالمه)(?: {PHONE_ADJ})?(?!\S)")
MAKE_RE = re.compile(rf"(?<!\S){OPT_CONJ}(?:اجري|اجرت|اجريا|اجروا|يجري|تجري|يجريان|تجريان|تم اجراء) {GAP}(?:اتصالا|مكالمه|اتصالات|مكالمات)(?: {PHONE_ADJ})?(?!\S)")
# "خلال اتصال هاتفي تلقاه من …" / "في اتصال هاتفي أجراه مع …": the noun first, then who made it
RECEIVED_NOUN_RE = re.compile(rf"(?<!\S)(?:اتصالا|اتصال|مكالمه)(?: {PHONE_ADJ})? (?:تلقاه|تلقته|تلقياه|تلقاها|تلقتها)(?!\S)")
MADE_NOUN_RE = re.compile(rf"(?<!\S)(?:اتصالا|اتصال|مكالمه)(?: {PHONE_ADJ})? (?:اجراه|اجرته|اجرياه|اجراها|اجرتها)(?!\S)")
# several calls at once: "أجرى اتصالات هاتفية مع كل من …"
PLURAL_CALLS_RE = re.compile(r"(?<!\S)(?:اتصالات|مكالمات|الاتصالات|المكالمات)(?!\S)")
VERB_CALL_RE = re.compile(rf"(?<!\S){OPT_CONJ}(?:اتصل|اتصلت|اتصلا|اتصلتا|اتصلوا|يتصل|تتصل|يتصلان|تتصلان)(?: هاتفيا)?(?!\S)")
VERB_PHONE_RE = re.compile(rf"(?<!\S){OPT_CONJ}(?:هاتف|هاتفت|هاتفا|يهاتف|تهاتف|يهاتفان|تهاتفان|هاتفه|هاتفها|هاتفهما|يهاتفه)(?!\S)")
RECIPROCAL_RE = re.compile(rf"(?<!\S){OPT_CONJ}(?:تهاتفا|تهاتف|يتهاتف|يتهاتفان|تهاتفت|تباحثا هاتفيا|تحادثا هاتفيا)(?!\S)")
ADVERB_RE = re.compile(r"(?<!\S)(?:هاتفيا|عبر الهاتف|هاتفي)(?!\S)")
NOUN_RE = re.compile(rf"(?<!\S){OPT_CONJ}(?:{CALL_NOUN} {PHONE_ADJ}|مكالمه|مكالمات هاتفيه)(?!\S)")
NOUN_WITH_PARTY_RE = re.compile(r"(?<!\S)(?:[وف])?(?:اتصال|اتصالا)(?= (?:مع|بين|من)(?!\S))")
ANAPHOR_RE = re.compile(rf"(?<!\S)(?:خلال|في|عقب|بعد|اثناء|ب|وخلال|وفي)?\s?{DEFINITE_CALL}(?!\S)")

# a call that was not (yet) made: planned, promised, requested, denied
FUTURE_VERB_RE = re.compile(r"^(?:[وف])?س(?:ي|ت|ن)(?:جري|تصل|هاتف|تلقي)")
PLANNED_RE = re.compile(
    r"(?<!\S)(?:سوف|يخطط|تخطط|خطط|من المقرر|من المنتظر|من المتوقع|يعتزم|تعتزم|يعتزمان|ينوي|تنوي|المرتقب|مرتقب|المزمع|"
    r"المقرر|يرتقب|طلب اجراء|دعا الي اجراء|اقترح اجراء|يسعي|يامل|تامل|وعد|تعهد|ينتظر|قبل اجراء)(?!\S)"
)
# "طلب أردوغان إجراء اتصال": a call asked for, proposed or intended
REQUESTED_RE = re.compile(
    r"(?<!\S)(?:طلب|يطلب|طالب|يطالب|دعا|يدعو|اقترح|يقترح|يعتزم|تعتزم|ينوي|تنوي|قرر|يريد|امكانيه|وعد|مستعد|استعداده|استعدادها)"
    r"(?: \S+){0,3} اجراء$"
)
# "تم إجراء اتصال"، "بعد إجراء اتصال": the verbal noun of a call that was made
DONE_BEFORE_VERBAL_NOUN = frozenset("تم وتم بعد وبعد عقب وعقب اثر خلال".split())
NEGATION_RE = re.compile(r"(?<!\S)(?:لم|لن|لا|ما|ليس|نفي|نفت|ينفي|تنفي|نفيا|عدم|دون|بدون|رفض|رفضت|يرفض|اي)(?!\S)")
DENIAL_RE = re.compile(r"(?<!\S)(?:نفي|نفت|ينفي|تنفي|نفيا|نفيه|كذب|كذبت)(?!\S)")
# not a diplomatic call: threats, leaks, intercepts, video conferences
NOT_DIPLOMATIC_RE = re.compile(
    r"(?<!\S)(?:تهديد|تهديدا|يهدد|تهدد|مجهول|مجهوله|مسرب|مسربه|تسريب|تسريبات|تنصت|التنصت|اعتراض|اعترضت|"
    r"تسجيل|تسجيلا|ابتزاز|احتيال|مرئي|مرئيه|الفيديو|فيديو|بالفيديو)(?!\S)"
)
# "the call" preceded by an institution noun is a name: دائرة الاتصال، مركز الاتصال، شركة الاتصالات
INSTITUTION_BEFORE_RE = re.compile(
    r"(?:دايره|مديريه|مركز|مكتب|ضابط|خط|خطوط|قناه|وسايل|وزاره|وزير|شركه|هييه|قطاع|ادوات|شبكه|مسوول|رييس دايره|دوايره)$"
)
# the other end of an interview: a newspaper, agency, channel
MEDIA_RE = re.compile(
    r"(?<!\S)(?:وكاله|صحيفه|جريده|قناه|تلفزيون|التلفزيون|اذاعه|موقع|مجله|شبكه|برنامج|مراسل|مراسله|محطه|"
    r"لصحيفه|لوكاله|لقناه|لجريده|لموقع|لمجله|لاذاعه|للتلفزيون)(?!\S)"
)
SAID_TO_RE = re.compile(r"(?<!\S)(?:قال|قالت|صرح|صرحت|اوضح|اوضحت|اكد|اكدت|افاد|افادت|اضاف|اضافت|تحدث|تحدثت)(?: \S+){0,2} (?:ل|لـ)(?!\S)")

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
