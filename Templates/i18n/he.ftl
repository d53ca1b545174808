### hitc's own words on the worker's page and in the guidelines: Hebrew (he).
###
### Reference: en.ftl (same ids, same variables; its comments say where each string appears).
### Register: polite and gender-neutral, as current Hebrew interfaces write: instructions and
### errors with "יש ל…" + infinitive ("יש לבחור תשובה"), "נא ל…" for requests, buttons as
### nouns ("שליחה", "העתקה", "סגירה"); the worker is "you" only through "שלך", written the
### same for men and women.
### Key terms: task (the page a worker does and is paid for) = "משימה"; item (one thing judged on
### it) = "פריט"; HIT = "HIT" (written "ה־HIT"), only in script-mturk-*; MTurk's "Accept" button is
### named as it appears, in English.
### Plurals: Babel's CLDR gives one (1), two (2), other: "פריט אחד", "שני פריטים" / "שתי דקות",
### "5 פריטים". A prefix before a number or Latin word takes a maqaf: "ל־5", "ב־MTurk".
### Direction: the page is mirrored (dir="rtl"): side A of a comparison is on the right.
### A and B are captioned "א׳" and "ב׳". Quotation marks: "…". Keys as printed on Hebrew
### keyboards (Latin labels): Ctrl, Enter, Esc, Tab.
### Translated by tr-east (machine-assisted, checked with fluent.syntax/fluent.runtime; not yet
### reviewed by a native speaker).

## The task page (task.html, preview.html)

page-preview-title = תצוגה מקדימה
page-preview-banner = עם פריטים לדוגמה: התשובות שלך מוצגות בעמוד הזה ולא נשלחות.
page-instructions = הוראות
page-item = פריט
page-optional = (לא חובה)
page-choose = בחירה…
page-feedback-label = הערות למפרסם המשימה
page-guidelines = ההנחיות המלאות
page-guidelines-version = ההנחיות המלאות (גרסה { $version })
page-guidelines-link = למסמך ההנחיות המלא.
page-faq = שאלות ותשובות
page-your-answers = התשובות שלך
page-answers-note = שום דבר לא נשלח. אפשר להעתיק או להוריד את התשובות, אם צריך אותן.
page-copy = העתקה
page-download = הורדה
page-shortcuts = קיצורי מקלדת
page-submit = שליחה
page-contact = שאלות על המשימה? אפשר לכתוב אל { $contact }.

## The keyboard shortcuts panel

page-legend-title = קיצורי מקלדת
page-legend-rule = מקש עונה על השאלה שבה נמצאים, ואם לא נמצאים בשאלה – על השאלה היחידה בפריט שמשתמשת בו, או על הראשונה מהן שעוד לא נענתה. כדי לשנות תשובה, יש לעבור אליה קודם עם Tab.
page-legend-moving = ניווט
page-legend-next = הפריט הבא
page-legend-previous = הפריט הקודם
page-legend-toggle = הצגה או הסתרה של הקיצורים האלה
page-legend-submit = { $key } (ב־Mac: { $macKey }) שולח את התשובות.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
page-legend-escape = { $key } יוצא מתיבת טקסט (בתוכה המקשים לא פעילים).
page-legend-advance = אחרי מענה על פריט עוברים אוטומטית לפריט הבא.
page-legend-close = סגירה

## Choices hitc adds to questions

page-select-exactly = { $count ->
    [one] יש לבחור אפשרות אחת.
    [two] יש לבחור שתי אפשרויות.
   *[other] יש לבחור { $count } אפשרויות.
}
page-select-range = יש לבחור בין { $min } ל־{ $max } אפשרויות.
page-select-at-least = { $min ->
    [one] יש לבחור לפחות אפשרות אחת.
    [two] יש לבחור לפחות שתי אפשרויות.
   *[other] יש לבחור לפחות { $min } אפשרויות.
}
page-select-up-to = { $max ->
    [one] אפשר לבחור אפשרות אחת לכל היותר.
    [two] אפשר לבחור עד שתי אפשרויות.
   *[other] אפשר לבחור עד { $max } אפשרויות.
}
page-pairwise-a = א׳
page-pairwise-b = ב׳
page-pairwise-a-better = א׳ טוב יותר
page-pairwise-b-better = ב׳ טוב יותר
page-pairwise-same = בערך אותו דבר

## Messages the page's script shows

script-item-title = פריט { $number } מתוך { $total }
script-item-answered = נענה
script-progress = { $total ->
    [one] נענו { $answered } מתוך פריט אחד
    [two] נענו { $answered } מתוך שני פריטים
   *[other] נענו { $answered } מתוך { $total } פריטים
}
script-items-unreadable = לא ניתן היה לקרוא את הפריטים של המשימה הזו, ולכן אי אפשר לבצע אותה. נא להחזיר אותה.
script-items-too-many = { $count ->
    [one] במשימה הזו יש פריט אחד, יותר מהמגבלה שלה ({ $limit }), ולכן אי אפשר לבצע אותה. נא להחזיר אותה.
    [two] במשימה הזו יש שני פריטים, יותר מהמגבלה שלה ({ $limit }), ולכן אי אפשר לבצע אותה. נא להחזיר אותה.
   *[other] במשימה הזו יש { $count } פריטים, יותר מהמגבלה שלה ({ $limit }), ולכן אי אפשר לבצע אותה. נא להחזיר אותה.
}
script-items-missing = הפריטים של המשימה הזו חסרים, ולכן אי אפשר לבצע אותה. נא להחזיר אותה.
script-image-not-https = התמונה לא מוצגת (הכתובת אינה https)
script-image-failed = לא ניתן היה לטעון את התמונה
script-link = קישור
script-link-not-https = { $label } (הכתובת אינה https)
script-media-not-https = המדיה לא מוצגת (הכתובת אינה https)
script-choose-answer = יש לבחור תשובה.
script-choose-at-least = { $min ->
    [one] יש לבחור לפחות אפשרות אחת.
    [two] יש לבחור לפחות שתי אפשרויות.
   *[other] יש לבחור לפחות { $min } אפשרויות.
}
script-choose-at-least-now = { $min ->
    [one] יש לבחור לפחות אפשרות אחת (כרגע נבחרו { $count }).
    [two] יש לבחור לפחות שתי אפשרויות (כרגע נבחרו { $count }).
   *[other] יש לבחור לפחות { $min } אפשרויות (כרגע נבחרו { $count }).
}
script-choose-at-most-now = { $max ->
    [one] אפשר לבחור אפשרות אחת לכל היותר (כרגע נבחרו { $count }).
    [two] אפשר לבחור עד שתי אפשרויות (כרגע נבחרו { $count }).
   *[other] אפשר לבחור עד { $max } אפשרויות (כרגע נבחרו { $count }).
}
script-number = יש להזין מספר.
script-number-range = יש להזין מספר בין { $min } ל־{ $max }.
script-number-at-least = יש להזין מספר שאינו קטן מ־{ $min }.
script-number-at-most = יש להזין מספר שאינו גדול מ־{ $max }.
script-number-whole = יש להזין מספר שלם.
script-number-step = יש להזין מספר בקפיצות של { $step }.
script-number-step-from = יש להזין מספר בקפיצות של { $step }, החל מ־{ $from }.
script-text = יש לכתוב תשובה.
script-text-at-least = { $min ->
    [one] יש לכתוב לפחות תו אחד (כרגע: { $count }).
    [two] יש לכתוב לפחות שני תווים (כרגע: { $count }).
   *[other] יש לכתוב לפחות { $min } תווים (כרגע: { $count }).
}
script-text-at-most = { $max ->
    [one] אפשר לכתוב תו אחד לכל היותר (כרגע: { $count }).
    [two] אפשר לכתוב עד שני תווים (כרגע: { $count }).
   *[other] אפשר לכתוב עד { $max } תווים (כרגע: { $count }).
}
script-text-pattern = התשובה הזו אינה בפורמט הנדרש.
script-key-elsewhere = מקש { $key }: כדי לשנות את התשובה, יש לעבור לשאלה עם Tab ואז ללחוץ עליו שוב.
script-attention = { $count ->
    [one] תשובה אחת דורשת תשומת לב.
    [two] שתי תשובות דורשות תשומת לב.
   *[other] { $count } תשובות דורשות תשומת לב.
}
script-sending = בשליחה…
script-submitting = התשובות נשלחות…
script-send-failed = לא ניתן היה לשלוח את התשובות ({ $reason }). נא לנסות שוב.
script-network-error = שגיאת רשת
script-sent = תודה! התשובות נשלחו.
script-copied = הועתק.
script-copy-by-hand = הטקסט נבחר: להעתקה יש ללחוץ Ctrl+C.
script-demo-items = פריטים לדוגמה: העמוד נפתח בלי הפריטים של משימה.
script-preview-shown = תצוגה מקדימה: התשובות שלך מוצגות למעלה, ושום דבר לא נשלח.
script-answers-shown = התשובות שלך מוצגות למעלה, ושום דבר לא נשלח.
script-mturk-preview = זוהי תצוגה מקדימה. כדי להתחיל יש לקבל את ה־HIT (כפתור Accept): תשובות שניתנו בתצוגה המקדימה לא נשמרות.
script-mturk-accept = כדי להתחיל יש לקבל את ה־HIT (כפתור Accept).
script-mturk-no-target = העמוד הזה נבנה בלי תמיכה ב־MTurk, ולכן אי אפשר לשלוח אותו ב־MTurk. נא להחזיר את ה־HIT.
script-mturk-bad-address = כתובת השליחה של ה־HIT הזה אינה תקינה, ולכן אי אפשר לשלוח. נא להחזיר את ה־HIT.
script-prolific-saved = נשמר. מחזירים אותך ל־Prolific…

## The guidelines (guidelines.html, guidelines.md)

guide-title = הנחיות: { $title }
guide-kicker = הנחיות
guide-kicker-version = הנחיות · גרסה { $version }
guide-contents = תוכן העניינים
guide-purpose = למה המשימה הזו קיימת
guide-summary = בקצרה
guide-questions = השאלות והתשובות האפשריות
guide-examples = דוגמאות עם הסבר
guide-faq = שאלות נפוצות
guide-changelog = מה השתנה
guide-contact = יצירת קשר
guide-section-unreadable = לא ניתן היה לקרוא את הטקסט של הסעיף הזה.
guide-contact-line = שאלות על המשימה או על ההנחיות? אפשר לכתוב אל { $contact }.

## Facts about the task, at the top of the guidelines

guide-fact-purpose = ייעוד
guide-fact-goal = מטרה
guide-fact-metric = מדד
guide-fact-pay = תשלום
guide-purpose-training = אימון: התשובות שלך מלמדות מודל של למידת מכונה.
guide-purpose-evaluation = הערכה: התשובות שלך מודדות עד כמה מערכת עובדת טוב.
guide-purpose-model-qa = בדיקת איכות של מודל: התשובות שלך קובעות אם המודל טוב מספיק כדי להשיק אותו.
guide-purpose-reference = איסוף נתוני ייחוס: התשובות שלך יהפכו למאגר נתונים לייחוס.
guide-pay-line = { $minutes ->
    [one] { $reward } למשימה של כדקה אחת, כ־{ $hourly } לשעה.
    [two] { $reward } למשימה של כשתי דקות, כ־{ $hourly } לשעה.
   *[other] { $reward } למשימה של כ־{ $minutes } דקות, כ־{ $hourly } לשעה.
}

## How each question is answered

guide-required = חובה.
guide-optional = לא חובה.
guide-required-when-shown = חובה כשהשאלה מוצגת.
guide-shown-only-when = מוצגת רק כאשר { $conditions }.
guide-condition = התשובה לשאלה "{ $question }" היא { $answers }
guide-choose-one = יש לבחור תשובה אחת.
guide-choose-all = יש לבחור את כל התשובות המתאימות.
guide-exclusive = { $count ->
    [one] האפשרות { $options } נבחרת לבדה: בחירה בה מבטלת את שאר האפשרויות.
   *[other] האפשרויות { $options } נבחרות כל אחת לבדה: בחירה באחת מהן מבטלת את שאר האפשרויות.
}
guide-scale = יש לבחור ציון בין { $min } ל־{ $max }.
guide-number = מספר.
guide-number-range = מספר בין { $min } ל־{ $max }.
guide-number-at-least = מספר שאינו קטן מ־{ $min }.
guide-number-at-most = מספר שאינו גדול מ־{ $max }.
guide-whole = מספר שלם.
guide-whole-range = מספר שלם בין { $min } ל־{ $max }.
guide-whole-at-least = מספר שלם שאינו קטן מ־{ $min }.
guide-whole-at-most = מספר שלם שאינו גדול מ־{ $max }.
guide-unit = יחידה: { $unit }.
guide-step = בקפיצות של { $step }.
guide-text = טקסט חופשי.
guide-text-range = טקסט חופשי באורך { $min } עד { $max } תווים.
guide-text-at-least = { $min ->
    [one] טקסט חופשי של תו אחד לפחות.
    [two] טקסט חופשי של שני תווים לפחות.
   *[other] טקסט חופשי של { $min } תווים לפחות.
}
guide-text-up-to = { $max ->
    [one] טקסט חופשי של תו אחד לכל היותר.
    [two] טקסט חופשי של עד שני תווים.
   *[other] טקסט חופשי של עד { $max } תווים.
}
guide-text-pattern = התשובה חייבת להתאים לתבנית
guide-pairwise = יש להשוות את א׳ (מימין; בטלפון – למעלה) ל־ב׳, ואז לבחור { $choices }.
guide-pairwise-no-tie = אין תיקו: יש לבחור את מה שטוב יותר, ולו במעט.

## The table of answers of a question

guide-col-point = ציון
guide-col-option = אפשרות
guide-col-option-key = אפשרות ומקש
guide-col-key = מקש
guide-col-meaning = משמעות
guide-col-when = מתי לבחור בה
guide-col-examples = דוגמאות
guide-col-shown-in = מופיעה בדוגמה
guide-clears-others = (מבטלת את האחרות)
guide-shown-in = מופיעה בדוגמאות
guide-example-ref = דוגמה { $number }

## Worked examples

guide-examples-note = כל דוגמה מציגה פריט כפי שהוא מופיע בעמוד המשימה, ואחריו את התשובות המצופות ואת ההסבר להן.
guide-example = דוגמה { $number }
guide-expected = התשובות המצופות
guide-why = למה:
guide-col-question = שאלה
guide-col-expected = התשובה המצופה
guide-answer-key = (מקש { $key })
guide-image-not-https = התמונה לא מוצגת (הכתובת אינה https): { $address }
guide-link-not-https = { $label } (הכתובת אינה https): { $address }
guide-media-not-https = המדיה לא מוצגת (הכתובת אינה https): { $address }
guide-audio = שמע
guide-video = וידאו

## The changelog table

guide-col-version = גרסה
guide-col-date = תאריך
guide-col-change = שינוי

## The example task `hitc init --language he` writes.

scaffold-title = האם הביקורת הזו חיובית או שלילית?
scaffold-description = יש לקרוא ביקורת קצרה על מוצר ולקבוע מה דעת הכותב עליו.
scaffold-goal = למדוד באיזו תדירות מודל ניתוח הסנטימנט מסכים עם בני אדם לגבי ביקורות על מוצרים.
scaffold-prior-work = עדיין אין; זהו מאגר התיוג הראשון.
scaffold-field-product = המוצר שעליו נכתבה הביקורת
scaffold-field-review = הביקורת כפי שהלקוח כתב אותה
scaffold-prompt = מה דעת הכותב על המוצר?
scaffold-positive = חיובית
scaffold-positive-hint = שבחים למוצר או המלצה עליו.
scaffold-mixed = מעורבת
scaffold-mixed-hint = גם שבחים וגם תלונות.
scaffold-negative = שלילית
scaffold-negative-hint = תלונות על המוצר או אזהרה לאחרים.
# The page adds page-optional after an optional question's prompt, so it is not repeated here.
scaffold-comment-prompt = משהו הקשה על ההחלטה?
scaffold-summary = יש לקבוע מה דעתו של **הכותב** על המוצר, ולא מה דעתך עליו.
scaffold-section-title = איך להחליט
scaffold-kettle = קומקום חשמלי
scaffold-example-1 = מרתיח מהר ונראה נהדר. הייתי קונה שוב.
scaffold-example-1-why = שבחים וכוונה לקנות שוב.
scaffold-example-2 = מרתיח מהר, אבל המכסה נשבר אחרי שבוע.
scaffold-example-2-why = נקודה טובה אחת ותלונה רצינית אחת.
scaffold-example-3 = דולף. החזרתי אותו.
scaffold-example-3-why = פגם והחזרה.
scaffold-faq-q = הביקורת לא עוסקת במוצר. מה לענות?
scaffold-faq-a = יש לשפוט רק את דעת הכותב על המוצר; אם אין כזו, יש לענות "מעורבת" ולציין זאת בהערה.
scaffold-changelog = גרסה ראשונה.
scaffold-toaster = טוסטר
scaffold-headphones = אוזניות
scaffold-desk-lamp = מנורת שולחן
scaffold-blender = בלנדר
scaffold-sample-1 = משחים את הלחם באופן אחיד, ומגש הפירורים קל לריקון.
scaffold-sample-2 = הפסיק לעבוד אחרי שבועיים.
scaffold-sample-3 = סאונד מעולה, אבל אחרי שעה הן מתחילות להכאיב.
scaffold-sample-4 = הקנייה הכי טובה שלי השנה!
scaffold-sample-5 = מאירה מספיק, אבל מרגישה זולה.
scaffold-sample-6 = הגיעה שבורה, ושירות הלקוחות לא ענה אף פעם.
scaffold-gold-1 = מרסק קרח בשניות. ממש אהבתי.
scaffold-gold-1-why = שבחים ברורים.
scaffold-gold-2 = רועש, והכד נסדק.
scaffold-gold-2-why = שתי תלונות ואף מילה טובה.
scaffold-gold-3 = עובד טוב, אבל רועש מאוד.
scaffold-gold-3-why = נקודה טובה אחת ותלונה אחת.
scaffold-section-intro = יש לקרוא את הביקורת כולה לפני שעונים.
scaffold-section-column-review = הביקורת…
scaffold-section-column-answer = תשובה
scaffold-section-row-positive = משבחת את המוצר, ממליצה עליו
scaffold-section-row-mixed = משבחת דברים מסוימים ומתלוננת על אחרים
scaffold-section-row-negative = מתלוננת, מזהירה אחרים, מזכירה החזרה
scaffold-section-sarcasm = סרקזם נשפט לפי מה שהכותב מתכוון: ביקורת כמו "{ $example }" היא { $answer }.
scaffold-sarcasm-example = מעולה, התקלקל כבר ביום הראשון
