### hitc's own words on the worker's page and in the guidelines: Arabic (ar), Modern Standard Arabic.
###
### Reference: en.ftl (same ids, same variables; its comments say where each string appears).
### Register: polite and gender-neutral. Requests use "يُرجى" + verbal noun ("يُرجى اختيار إجابة")
### rather than a masculine or feminine imperative; buttons and labels are verbal nouns
### ("إرسال", "نسخ", "إغلاق"). The worker is "you" only through the suffix ـك, which is written
### the same for men and women.
### Key terms: task (the page a worker does and is paid for) = "مهمة"; item (one thing judged on it)
### = "عنصر"; HIT = "HIT" (written "الـ HIT"), only in script-mturk-*; MTurk's "Accept" button is
### named as it appears, in English.
### Plurals: CLDR zero (0), one (1), two (2), few (3–10, 103…), many (11–99, 111…), other (100, 101, 102…):
### one "عنصر واحد", two "عنصران/عنصرين", few "3 عناصر", many "11 عنصرًا", other "100 عنصر".
### Direction: the page is mirrored (dir="rtl"): side A of a comparison is on the right.
### A and B are captioned "أ" and "ب". Quotation marks: «…». Keys as printed on Arabic
### keyboards (Latin labels): Ctrl, Enter, Esc, Tab.
### Translated by tr-east (machine-assisted, checked with fluent.syntax/fluent.runtime; not yet
### reviewed by a native speaker).

## The task page (task.html, preview.html)

page-preview-title = معاينة
page-preview-banner = بعناصر تجريبية: تظهر إجاباتك في هذه الصفحة ولا تُرسَل.
page-instructions = التعليمات
page-item = عنصر
page-optional = (اختياري)
page-choose = اختيار…
page-feedback-label = ملاحظات لصاحب المهمة
page-guidelines = الإرشادات الكاملة
page-guidelines-version = الإرشادات الكاملة (الإصدار { $version })
page-guidelines-link = عرض وثيقة الإرشادات الكاملة.
page-faq = أسئلة وأجوبة
page-your-answers = إجاباتك
page-answers-note = لم يُرسَل شيء. يمكنك نسخ هذه الإجابات أو تنزيلها إن احتجت إليها.
page-copy = نسخ
page-download = تنزيل
page-shortcuts = الاختصارات
page-submit = إرسال
page-contact = للاستفسار عن هذه المهمة، يُرجى الكتابة إلى { $contact }.

## The keyboard shortcuts panel

page-legend-title = اختصارات لوحة المفاتيح
page-legend-rule = يُجيب المفتاح عن السؤال الذي يوجد فيه المؤشر؛ وإلا فعن السؤال الوحيد في العنصر الذي يستخدم هذا المفتاح، أو عن أول سؤال يستخدمه ولم تتم الإجابة عنه بعد. لتغيير إجابة، يجب الانتقال إليها أولًا بمفتاح Tab.
page-legend-moving = التنقّل
page-legend-next = العنصر التالي
page-legend-previous = العنصر السابق
page-legend-toggle = إظهار هذه الاختصارات أو إخفاؤها
page-legend-submit = { $key } (أو { $macKey } على Mac) للإرسال.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
page-legend-escape = { $key } للخروج من مربع النص، فالمفاتيح لا تعمل داخله.
page-legend-advance = بعد الإجابة عن عنصر، يُعرض العنصر التالي تلقائيًا.
page-legend-close = إغلاق

## Choices hitc adds to questions

page-select-exactly = { $count ->
    [one] يُرجى اختيار خيار واحد.
    [two] يُرجى اختيار خيارين.
    [few] يُرجى اختيار { $count } خيارات.
    [many] يُرجى اختيار { $count } خيارًا.
   *[other] يُرجى اختيار { $count } خيار.
}
page-select-range = يُرجى اختيار ما بين { $min } و{ $max } من الخيارات.
page-select-at-least = { $min ->
    [one] يُرجى اختيار خيار واحد على الأقل.
    [two] يُرجى اختيار خيارين على الأقل.
    [few] يُرجى اختيار { $min } خيارات على الأقل.
    [many] يُرجى اختيار { $min } خيارًا على الأقل.
   *[other] يُرجى اختيار { $min } خيار على الأقل.
}
page-select-up-to = { $max ->
    [one] يُرجى اختيار خيار واحد على الأكثر.
    [two] يُرجى اختيار خيارين على الأكثر.
    [few] يُرجى اختيار { $max } خيارات على الأكثر.
    [many] يُرجى اختيار { $max } خيارًا على الأكثر.
   *[other] يُرجى اختيار { $max } خيار على الأكثر.
}
page-pairwise-a = أ
page-pairwise-b = ب
page-pairwise-a-better = أ أفضل
page-pairwise-b-better = ب أفضل
page-pairwise-same = متقاربان

## Messages the page's script shows

script-item-title = العنصر { $number } من { $total }
script-item-answered = تمت الإجابة
script-progress = { $total ->
    [one] تمت الإجابة عن { $answered } من عنصر واحد
    [two] تمت الإجابة عن { $answered } من عنصرين
    [few] تمت الإجابة عن { $answered } من { $total } عناصر
    [many] تمت الإجابة عن { $answered } من { $total } عنصرًا
   *[other] تمت الإجابة عن { $answered } من { $total } عنصر
}
script-items-unreadable = تعذّرت قراءة عناصر هذه المهمة، لذا لا يمكن إنجازها. يُرجى إرجاعها.
script-items-too-many = { $count ->
    [one] تحتوي هذه المهمة على عنصر واحد، وهذا أكثر من الحد المسموح به ({ $limit })، لذا لا يمكن إنجازها. يُرجى إرجاعها.
    [two] تحتوي هذه المهمة على عنصرين، وهذا أكثر من الحد المسموح به ({ $limit })، لذا لا يمكن إنجازها. يُرجى إرجاعها.
    [few] تحتوي هذه المهمة على { $count } عناصر، وهذا أكثر من الحد المسموح به ({ $limit })، لذا لا يمكن إنجازها. يُرجى إرجاعها.
    [many] تحتوي هذه المهمة على { $count } عنصرًا، وهذا أكثر من الحد المسموح به ({ $limit })، لذا لا يمكن إنجازها. يُرجى إرجاعها.
   *[other] تحتوي هذه المهمة على { $count } عنصر، وهذا أكثر من الحد المسموح به ({ $limit })، لذا لا يمكن إنجازها. يُرجى إرجاعها.
}
script-items-missing = عناصر هذه المهمة غير موجودة، لذا لا يمكن إنجازها. يُرجى إرجاعها.
script-image-not-https = لم تُعرض الصورة (العنوان ليس https)
script-image-failed = تعذّر تحميل الصورة
script-link = رابط
script-link-not-https = { $label } (العنوان ليس https)
script-media-not-https = لم تُعرض الوسائط (العنوان ليس https)
script-choose-answer = يُرجى اختيار إجابة.
script-choose-at-least = { $min ->
    [one] يُرجى اختيار خيار واحد على الأقل.
    [two] يُرجى اختيار خيارين على الأقل.
    [few] يُرجى اختيار { $min } خيارات على الأقل.
    [many] يُرجى اختيار { $min } خيارًا على الأقل.
   *[other] يُرجى اختيار { $min } خيار على الأقل.
}
script-choose-at-least-now = { $min ->
    [one] يُرجى اختيار خيار واحد على الأقل (المحدد الآن: { $count }).
    [two] يُرجى اختيار خيارين على الأقل (المحدد الآن: { $count }).
    [few] يُرجى اختيار { $min } خيارات على الأقل (المحدد الآن: { $count }).
    [many] يُرجى اختيار { $min } خيارًا على الأقل (المحدد الآن: { $count }).
   *[other] يُرجى اختيار { $min } خيار على الأقل (المحدد الآن: { $count }).
}
script-choose-at-most-now = { $max ->
    [one] يُرجى اختيار خيار واحد على الأكثر (المحدد الآن: { $count }).
    [two] يُرجى اختيار خيارين على الأكثر (المحدد الآن: { $count }).
    [few] يُرجى اختيار { $max } خيارات على الأكثر (المحدد الآن: { $count }).
    [many] يُرجى اختيار { $max } خيارًا على الأكثر (المحدد الآن: { $count }).
   *[other] يُرجى اختيار { $max } خيار على الأكثر (المحدد الآن: { $count }).
}
script-number = يُرجى إدخال رقم.
script-number-range = يُرجى إدخال رقم من { $min } إلى { $max }.
script-number-at-least = يُرجى إدخال رقم لا يقل عن { $min }.
script-number-at-most = يُرجى إدخال رقم لا يزيد على { $max }.
script-number-whole = يُرجى إدخال عدد صحيح.
script-number-step = يُرجى إدخال رقم بزيادات قدرها { $step }.
script-number-step-from = يُرجى إدخال رقم بزيادات قدرها { $step } بدءًا من { $from }.
script-text = يُرجى كتابة إجابة.
script-text-at-least = { $min ->
    [one] يُرجى كتابة حرف واحد على الأقل (الآن: { $count }).
    [two] يُرجى كتابة حرفين على الأقل (الآن: { $count }).
    [few] يُرجى كتابة { $min } أحرف على الأقل (الآن: { $count }).
    [many] يُرجى كتابة { $min } حرفًا على الأقل (الآن: { $count }).
   *[other] يُرجى كتابة { $min } حرف على الأقل (الآن: { $count }).
}
script-text-at-most = { $max ->
    [one] يُرجى كتابة حرف واحد على الأكثر (الآن: { $count }).
    [two] يُرجى كتابة حرفين على الأكثر (الآن: { $count }).
    [few] يُرجى كتابة { $max } أحرف على الأكثر (الآن: { $count }).
    [many] يُرجى كتابة { $max } حرفًا على الأكثر (الآن: { $count }).
   *[other] يُرجى كتابة { $max } حرف على الأكثر (الآن: { $count }).
}
script-text-pattern = هذه الإجابة ليست بالصيغة المطلوبة.
script-key-elsewhere = المفتاح { $key }: لتغيير الإجابة، يُرجى الانتقال إلى السؤال بمفتاح Tab ثم الضغط عليه.
script-attention = { $count ->
    [one] إجابة واحدة تحتاج إلى مراجعة.
    [two] إجابتان تحتاجان إلى مراجعة.
    [few] { $count } إجابات تحتاج إلى مراجعة.
    [many] { $count } إجابة تحتاج إلى مراجعة.
   *[other] { $count } إجابة تحتاج إلى مراجعة.
}
script-sending = جارٍ الإرسال…
script-submitting = جارٍ إرسال الإجابات…
script-send-failed = تعذّر إرسال إجاباتك ({ $reason }). يُرجى المحاولة مرة أخرى.
script-network-error = خطأ في الشبكة
script-sent = شكرًا لك: تم إرسال إجاباتك.
script-copied = تم النسخ.
script-copy-by-hand = تم تحديد النص: للنسخ، يُرجى الضغط على Ctrl+C.
script-demo-items = عناصر تجريبية: فُتحت الصفحة دون عناصر مهمة حقيقية.
script-preview-shown = معاينة: إجاباتك معروضة أعلاه، ولم يُرسَل شيء.
script-answers-shown = إجاباتك معروضة أعلاه، ولم يُرسَل شيء.
script-mturk-preview = هذه معاينة. لبدء العمل، يُرجى قبول الـ HIT (زر Accept): الإجابات المقدَّمة في المعاينة لا تُحفَظ.
script-mturk-accept = لبدء العمل، يُرجى قبول الـ HIT (زر Accept).
script-mturk-no-target = أُنشئت هذه الصفحة دون دعم MTurk، لذا لا يمكن إرسالها على MTurk. يُرجى إرجاع الـ HIT.
script-mturk-bad-address = عنوان الإرسال الخاص بهذا الـ HIT غير صالح، لذا لا يمكن الإرسال. يُرجى إرجاع الـ HIT.
script-prolific-saved = تم الحفظ. جارٍ إعادتك إلى Prolific…

## The guidelines (guidelines.html, guidelines.md)

guide-title = الإرشادات: { $title }
guide-kicker = الإرشادات
guide-kicker-version = الإرشادات · الإصدار { $version }
guide-contents = المحتويات
guide-purpose = لماذا هذه المهمة؟
guide-summary = باختصار
guide-questions = الأسئلة وإجاباتها
guide-examples = أمثلة مشروحة
guide-faq = الأسئلة الشائعة
guide-changelog = ما الذي تغيّر
guide-contact = التواصل
guide-section-unreadable = تعذّرت قراءة نص هذا القسم.
guide-contact-line = للاستفسار عن هذه المهمة أو هذه الإرشادات، يُرجى الكتابة إلى { $contact }.

## Facts about the task, at the top of the guidelines

guide-fact-purpose = الغرض
guide-fact-goal = الهدف
guide-fact-metric = طريقة القياس
guide-fact-pay = الأجر
guide-purpose-training = التدريب: تُستخدم إجاباتك لتعليم نموذج تعلّم آلي.
guide-purpose-evaluation = التقييم: تقيس إجاباتك مدى جودة عمل نظامٍ ما.
guide-purpose-model-qa = فحص جودة نموذج: تحدد إجاباتك ما إذا كان النموذج جيدًا بما يكفي لإطلاقه.
guide-purpose-reference = جمع بيانات مرجعية: تصبح إجاباتك مجموعة بيانات مرجعية.
guide-pay-line = { $minutes ->
    [one] { $reward } لكل مهمة تستغرق نحو دقيقة واحدة، أي نحو { $hourly } في الساعة.
    [two] { $reward } لكل مهمة تستغرق نحو دقيقتين، أي نحو { $hourly } في الساعة.
    [few] { $reward } لكل مهمة تستغرق نحو { $minutes } دقائق، أي نحو { $hourly } في الساعة.
    [many] { $reward } لكل مهمة تستغرق نحو { $minutes } دقيقة، أي نحو { $hourly } في الساعة.
   *[other] { $reward } لكل مهمة تستغرق نحو { $minutes } دقيقة، أي نحو { $hourly } في الساعة.
}

## How each question is answered

guide-required = الإجابة إلزامية.
guide-optional = الإجابة اختيارية.
guide-required-when-shown = الإجابة إلزامية عند ظهور السؤال.
guide-shown-only-when = يظهر فقط عندما { $conditions }.
guide-condition = تكون الإجابة عن «{ $question }» هي { $answers }
guide-choose-one = يُرجى اختيار إجابة واحدة.
guide-choose-all = يُرجى اختيار كل ما ينطبق.
guide-exclusive = { $count ->
    [one] الخيار { $options } يُختار وحده: اختياره يُلغي تحديد الخيارات الأخرى.
    [two] الخياران { $options } يُختار كلٌّ منهما وحده: اختيار أحدهما يُلغي تحديد الخيارات الأخرى.
   *[other] الخيارات { $options } يُختار كلٌّ منها وحده: اختيار أحدها يُلغي تحديد الخيارات الأخرى.
}
guide-scale = يُرجى اختيار درجة من { $min } إلى { $max }.
guide-number = رقم.
guide-number-range = رقم من { $min } إلى { $max }.
guide-number-at-least = رقم لا يقل عن { $min }.
guide-number-at-most = رقم لا يزيد على { $max }.
guide-whole = عدد صحيح.
guide-whole-range = عدد صحيح من { $min } إلى { $max }.
guide-whole-at-least = عدد صحيح لا يقل عن { $min }.
guide-whole-at-most = عدد صحيح لا يزيد على { $max }.
guide-unit = الوحدة: { $unit }.
guide-step = بزيادات قدرها { $step }.
guide-text = نص حر.
guide-text-range = { $max ->
    [few] نص حر من { $min } إلى { $max } أحرف.
    [many] نص حر من { $min } إلى { $max } حرفًا.
   *[other] نص حر من { $min } إلى { $max } حرف.
}
guide-text-at-least = { $min ->
    [one] نص حر لا يقل عن حرف واحد.
    [two] نص حر لا يقل عن حرفين.
    [few] نص حر لا يقل عن { $min } أحرف.
    [many] نص حر لا يقل عن { $min } حرفًا.
   *[other] نص حر لا يقل عن { $min } حرف.
}
guide-text-up-to = { $max ->
    [one] نص حر لا يزيد على حرف واحد.
    [two] نص حر لا يزيد على حرفين.
    [few] نص حر لا يزيد على { $max } أحرف.
    [many] نص حر لا يزيد على { $max } حرفًا.
   *[other] نص حر لا يزيد على { $max } حرف.
}
guide-text-pattern = يجب أن تطابق الإجابة النمط
guide-pairwise = يُرجى مقارنة أ (على اليمين، وعلى الهاتف في الأعلى) بـ ب، ثم اختيار { $choices }.
guide-pairwise-no-tie = لا يوجد تعادل: يُرجى اختيار الأفضل ولو بفارق بسيط.

## The table of answers of a question

guide-col-point = الدرجة
guide-col-option = الخيار
guide-col-option-key = الخيار والمفتاح
guide-col-key = المفتاح
guide-col-meaning = المعنى
guide-col-when = متى يُختار
guide-col-examples = أمثلة
guide-col-shown-in = يظهر في المثال
guide-clears-others = (يُلغي تحديد الخيارات الأخرى)
guide-shown-in = يظهر في
guide-example-ref = المثال { $number }

## Worked examples

guide-examples-note = يعرض كل مثال عنصرًا كما يظهر في صفحة المهمة، ثم الإجابات المتوقعة وسببها.
guide-example = المثال { $number }
guide-expected = الإجابات المتوقعة
guide-why = السبب:
guide-col-question = السؤال
guide-col-expected = الإجابة المتوقعة
guide-answer-key = (المفتاح { $key })
guide-image-not-https = لم تُعرض الصورة (العنوان ليس https): { $address }
guide-link-not-https = { $label } (العنوان ليس https): { $address }
guide-media-not-https = لم تُعرض الوسائط (العنوان ليس https): { $address }
guide-audio = صوت
guide-video = فيديو

## The changelog table

guide-col-version = الإصدار
guide-col-date = التاريخ
guide-col-change = التغيير

## The example task `hitc init --language ar` writes.

scaffold-title = هل هذه المراجعة إيجابية أم سلبية؟
scaffold-description = قراءة مراجعة قصيرة لمنتج وتحديد شعور كاتبها تجاهه.
scaffold-goal = قياس مدى اتفاق نموذج تحليل المشاعر مع حكم الناس على مراجعات المنتجات.
scaffold-prior-work = لا يوجد بعد؛ هذه أول مجموعة بيانات مصنّفة.
scaffold-field-product = المنتج موضوع المراجعة
scaffold-field-review = المراجعة كما كتبها العميل
scaffold-prompt = ما شعور الكاتب تجاه المنتج؟
scaffold-positive = إيجابي
scaffold-positive-hint = أعجبه المنتج أو يوصي به.
scaffold-mixed = مختلط
scaffold-mixed-hint = فيها مدح وشكوى معًا.
scaffold-negative = سلبي
scaffold-negative-hint = لم يعجبه المنتج أو يحذّر الآخرين منه.
# The page adds page-optional after an optional question's prompt, so it is not repeated here.
scaffold-comment-prompt = هل هناك ما جعل الحكم صعبًا؟
scaffold-summary = المطلوب تحديد شعور **الكاتب** تجاه المنتج، لا شعورك أنت تجاهه.
scaffold-section-title = طريقة الحكم
scaffold-kettle = غلاية كهربائية
scaffold-example-1 = تغلي بسرعة وشكلها رائع. سأشتريها مرة أخرى.
scaffold-example-1-why = مدح ونيّة للشراء مرة أخرى.
scaffold-example-2 = تغلي بسرعة، لكن الغطاء انكسر بعد أسبوع.
scaffold-example-2-why = ميزة واحدة وشكوى جدية واحدة.
scaffold-example-3 = يتسرّب منها الماء. أرجعتها.
scaffold-example-3-why = عيب في المنتج وإرجاع له.
scaffold-faq-q = المراجعة لا تتحدث عن المنتج. فماذا أجيب؟
scaffold-faq-a = الحكم على شعور الكاتب تجاه المنتج فقط؛ وإن لم يظهر أي شعور تجاهه، فالإجابة «مختلط» مع ذكر ذلك في التعليق.
scaffold-changelog = الإصدار الأول.
scaffold-toaster = محمصة خبز
scaffold-headphones = سماعات رأس
scaffold-desk-lamp = مصباح مكتب
scaffold-blender = خلاط كهربائي
scaffold-sample-1 = تحمّص الخبز بالتساوي، ودرج الفتات سهل التفريغ.
scaffold-sample-2 = توقفت عن العمل بعد أسبوعين.
scaffold-sample-3 = الصوت رائع، لكنها تؤلم الأذنين بعد ساعة.
scaffold-sample-4 = أفضل شيء اشتريته هذا العام!
scaffold-sample-5 = إضاءته كافية، لكن خامته تبدو رخيصة.
scaffold-sample-6 = وصل مكسورًا ولم يردّ الدعم الفني أبدًا.
scaffold-gold-1 = يطحن الثلج في ثوانٍ. أحببته كثيرًا.
scaffold-gold-1-why = مدح واضح.
scaffold-gold-2 = صوته مزعج والوعاء تشقّق.
scaffold-gold-2-why = شكوتان ولا أي مدح.
scaffold-gold-3 = يعمل جيدًا، لكن صوته عالٍ جدًا.
scaffold-gold-3-why = ميزة واحدة وشكوى واحدة.
scaffold-section-intro = يُرجى قراءة المراجعة كاملة قبل الإجابة.
scaffold-section-column-review = المراجعة…
scaffold-section-column-answer = الإجابة
scaffold-section-row-positive = تمدح المنتج أو توصي به
scaffold-section-row-mixed = تمدح أشياء وتشكو من أخرى
scaffold-section-row-negative = تشكو أو تحذّر الآخرين أو تذكر إرجاع المنتج
scaffold-section-sarcasm = السخرية تُفهم بحسب ما يقصده الكاتب: «{ $example }» إجابتها { $answer }.
scaffold-sarcasm-example = رائع، تعطّل من أول يوم
