### hitc's own words on the worker's page and in the guidelines: Hindi (hi).
###
### Register: आप with the polite imperative (चुनें, लिखें, करें), as in Hindi app
### and web UI; everyday Hindi with the English loanwords Indian users see in
### apps (आइटम, सबमिट, कॉपी, लिंक, पेज) rather than rare Sanskrit coinages.
### Punctuation: sentences end with । ; quotation marks “ ”; Latin digits (the
### page formats numbers with the browser's hi locale).
### Plurals: CLDR's hi rule is one (i = 0 or n = 1: so 0 and 1) and other. Most
### nouns here (आइटम, विकल्प, अक्षर, मिनट, उत्तर) do not change in the direct plural,
### so those sentences need no selector; script-progress and script-attention
### select because the verb or the oblique plural changes (का/के, उत्तर/उत्तरों).
### Key terms: task (the page a worker does and is paid for) = कार्य; item (one
### thing judged on it) = आइटम; question (on the form) = प्रश्न, but a worker's own
### question to the requester = सवाल; answer = उत्तर; option =
### विकल्प; guidelines = दिशानिर्देश; key = कुंजी; requester = अनुरोधकर्ता;
### HIT = HIT (only in script-mturk-*), "accept" = Accept (स्वीकार), "return" = लौटाना.
### Translation: machine-assisted by the tr-asia helper, checked with
### fluent.syntax/fluent.runtime; not reviewed by a native speaker yet.

## The task page (task.html, preview.html)

page-preview-title = पूर्वावलोकन
page-preview-banner = नमूना आइटम के साथ: आपके उत्तर सिर्फ़ इसी पेज पर दिखते हैं, भेजे नहीं जाते।
page-instructions = निर्देश
# The caption of an item before the script numbers it.
page-item = आइटम
page-optional = (वैकल्पिक)
# The first entry of a drop-down list of answers.
page-choose = चुनें…
page-feedback-label = अनुरोधकर्ता के लिए टिप्पणी
page-guidelines = पूरे दिशानिर्देश
page-guidelines-version = पूरे दिशानिर्देश (संस्करण { $version })
page-guidelines-link = पूरे दिशानिर्देश देखें।
page-faq = सवाल और जवाब
page-your-answers = आपके उत्तर
page-answers-note = कुछ भी नहीं भेजा गया। ज़रूरत हो तो इन उत्तरों को कॉपी या डाउनलोड कर लें।
page-copy = कॉपी करें
page-download = डाउनलोड करें
# The button that shows the keyboard shortcuts (the "?" key is shown after it).
page-shortcuts = शॉर्टकट
page-submit = सबमिट करें
# $contact is an e-mail address, shown as a link.
page-contact = इस कार्य के बारे में कोई सवाल है? { $contact } पर लिखें।

## The keyboard shortcuts panel

page-legend-title = कीबोर्ड शॉर्टकट
page-legend-rule = कुंजी दबाने पर उस प्रश्न का उत्तर दिया जाता है जिसमें आप अभी हैं; नहीं तो आइटम के उस अकेले या पहले बिना उत्तर वाले प्रश्न का, जिसमें वह कुंजी है। उत्तर बदलने के लिए पहले Tab से उस प्रश्न पर जाएँ।
page-legend-moving = आगे-पीछे जाना
page-legend-next = अगला आइटम
page-legend-previous = पिछला आइटम
page-legend-toggle = ये शॉर्टकट दिखाएँ या छिपाएँ
# $key is "Ctrl+Enter", $macKey is "⌘+Enter", each shown as a key.
page-legend-submit = { $key } (Mac पर { $macKey }) दबाकर सबमिट करें।
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
# $key is "Esc", shown as a key.
page-legend-escape = { $key } दबाकर टेक्स्ट बॉक्स से बाहर आएँ (टेक्स्ट बॉक्स में शॉर्टकट काम नहीं करते)।
page-legend-advance = आइटम का उत्तर देते ही अगला आइटम खुल जाता है।
page-legend-close = बंद करें

## Choices hitc adds to questions

# How many options of a multiple-choice question to tick.
page-select-exactly = { $count } विकल्प चुनें।
page-select-range = { $min } से { $max } विकल्प चुनें।
page-select-at-least = कम से कम { $min } विकल्प चुनें।
page-select-up-to = ज़्यादा से ज़्यादा { $max } विकल्प चुनें।
# The two sides of a pairwise comparison, and its default answers.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A बेहतर है
page-pairwise-b-better = B बेहतर है
page-pairwise-same = लगभग एक जैसे

## Messages the page's script shows

script-item-title = आइटम { $number } / { $total }
# After an item's title once its required answers are given, after a check mark ("✓ answered").
script-item-answered = उत्तर दिया गया
script-progress = { $answered ->
    [one] { $total } में से { $answered } आइटम का उत्तर दिया गया
   *[other] { $total } में से { $answered } आइटम के उत्तर दिए गए
}
script-items-unreadable = इस कार्य के आइटम पढ़े नहीं जा सके, इसलिए इसे पूरा नहीं किया जा सकता। कृपया इसे लौटा दें।
script-items-too-many = इस कार्य में { $count } आइटम हैं, जो इसकी सीमा { $limit } से ज़्यादा हैं, इसलिए इसे पूरा नहीं किया जा सकता। कृपया इसे लौटा दें।
script-items-missing = इस कार्य के आइटम मौजूद नहीं हैं, इसलिए इसे पूरा नहीं किया जा सकता। कृपया इसे लौटा दें।
script-image-not-https = तस्वीर नहीं दिखाई गई (पता https नहीं है)
script-image-failed = तस्वीर लोड नहीं हो सकी
script-link = लिंक
# $label is the link's caption from the task.
script-link-not-https = { $label } (पता https नहीं है)
script-media-not-https = मीडिया नहीं दिखाया गया (पता https नहीं है)
script-choose-answer = एक उत्तर चुनें।
script-choose-at-least = कम से कम { $min } विकल्प चुनें।
script-choose-at-least-now = कम से कम { $min } विकल्प चुनें (अभी { $count })।
script-choose-at-most-now = ज़्यादा से ज़्यादा { $max } विकल्प चुनें (अभी { $count })।
script-number = एक संख्या लिखें।
script-number-range = { $min } से { $max } तक की कोई संख्या लिखें।
script-number-at-least = { $min } या उससे बड़ी संख्या लिखें।
script-number-at-most = { $max } या उससे छोटी संख्या लिखें।
script-number-whole = पूर्ण संख्या लिखें।
script-number-step = ऐसी संख्या लिखें जो { $step } का गुणज हो।
script-number-step-from = { $from } से शुरू करके { $step } के अंतर पर आने वाली संख्या लिखें।
script-text = उत्तर लिखें।
script-text-at-least = कम से कम { $min } अक्षर लिखें (अभी { $count })।
script-text-at-most = ज़्यादा से ज़्यादा { $max } अक्षर लिखें (अभी { $count })।
script-text-pattern = यह उत्तर अपेक्षित रूप में नहीं है।
# $key is the letter or digit pressed.
script-key-elsewhere = कुंजी { $key }: बदलने के लिए पहले Tab से उस प्रश्न पर जाएँ, फिर यह कुंजी दबाएँ।
script-attention = { $count ->
    [one] { $count } उत्तर पर ध्यान देना ज़रूरी है।
   *[other] { $count } उत्तरों पर ध्यान देना ज़रूरी है।
}
script-sending = भेजा जा रहा है…
script-submitting = सबमिट किया जा रहा है…
# $reason is what the browser said, in English, or script-network-error.
script-send-failed = आपके उत्तर नहीं भेजे जा सके ({ $reason })। कृपया फिर से कोशिश करें।
script-network-error = नेटवर्क की गड़बड़ी
script-sent = धन्यवाद! आपके उत्तर भेज दिए गए।
script-copied = कॉपी हो गया।
script-copy-by-hand = चुन लिया गया: कॉपी करने के लिए Ctrl+C दबाएँ।
script-demo-items = डेमो आइटम: यह पेज कार्य के आइटम के बिना खोला गया है।
script-preview-shown = पूर्वावलोकन: आपके उत्तर ऊपर दिखाए गए हैं; कुछ भी नहीं भेजा गया।
script-answers-shown = आपके उत्तर ऊपर दिखाए गए हैं; कुछ भी नहीं भेजा गया।
# MTurk: "accept" is the platform's own word for taking a HIT.
script-mturk-preview = यह पूर्वावलोकन है। शुरू करने के लिए HIT को Accept (स्वीकार) करें: पूर्वावलोकन में दिए गए उत्तर सहेजे नहीं जाते।
script-mturk-accept = शुरू करने के लिए HIT को Accept (स्वीकार) करें।
script-mturk-no-target = यह पेज MTurk के लिए नहीं बनाया गया था, इसलिए इसे MTurk पर सबमिट नहीं किया जा सकता। कृपया HIT लौटा दें।
script-mturk-bad-address = इस HIT का सबमिट करने का पता सही नहीं है, इसलिए इसे सबमिट नहीं किया जा सकता। कृपया HIT लौटा दें।
script-prolific-saved = सहेज लिया गया। आपको Prolific पर वापस ले जाया जा रहा है…

## The guidelines (guidelines.html, guidelines.md)

# The window title; $title is the task's title.
guide-title = दिशानिर्देश: { $title }
guide-kicker = दिशानिर्देश
guide-kicker-version = दिशानिर्देश · संस्करण { $version }
guide-contents = विषय-सूची
guide-purpose = इस कार्य का उद्देश्य
guide-summary = संक्षेप में
guide-questions = प्रश्न और उनके उत्तर
guide-examples = समझाए गए उदाहरण
guide-faq = अक्सर पूछे जाने वाले सवाल
guide-changelog = क्या बदला
guide-contact = संपर्क
guide-section-unreadable = इस भाग का टेक्स्ट पढ़ा नहीं जा सका।
guide-contact-line = इस कार्य या इन दिशानिर्देशों के बारे में कोई सवाल है? { $contact } पर लिखें।

## Facts about the task, at the top of the guidelines

guide-fact-purpose = उद्देश्य
guide-fact-goal = लक्ष्य
guide-fact-metric = कैसे मापा जाता है
guide-fact-pay = भुगतान
guide-purpose-training = प्रशिक्षण: आपके उत्तरों से एक मशीन लर्निंग मॉडल सीखता है।
guide-purpose-evaluation = मूल्यांकन: आपके उत्तरों से मापा जाता है कि कोई सिस्टम कितना अच्छा काम करता है।
guide-purpose-model-qa = मॉडल की गुणवत्ता जाँच: आपके उत्तरों से तय होता है कि मॉडल जारी करने लायक है या नहीं।
guide-purpose-reference = संदर्भ डेटा संग्रह: आपके उत्तरों से एक संदर्भ डेटा सेट बनता है।
# $reward is an amount of money ("$0.20"), $minutes a whole number, $hourly an amount of money.
guide-pay-line = हर कार्य के लिए { $reward } (लगभग { $minutes } मिनट का काम), यानी लगभग { $hourly } प्रति घंटा।

## How each question is answered

guide-required = ज़रूरी।
guide-optional = वैकल्पिक।
guide-required-when-shown = दिखने पर ज़रूरी।
# $conditions is one or more guide-condition joined by "and".
guide-shown-only-when = सिर्फ़ तब दिखता है जब { $conditions }।
# $question is a question's prompt; $answers one or more answers joined by "or", each in quotes.
guide-condition = “{ $question }” का उत्तर { $answers } हो
guide-choose-one = कोई एक चुनें।
guide-choose-all = जो-जो लागू हों, सभी चुनें।
# $options: one or more option labels in quotes, joined by "or".
guide-exclusive = { $count ->
    [one] { $options } अकेले ही चुना जाता है: इसे चुनने पर बाकी विकल्प हट जाते हैं।
   *[other] { $options } अकेले ही चुने जाते हैं: इनमें से किसी एक को चुनने पर बाकी विकल्प हट जाते हैं।
}
guide-scale = { $min } से { $max } तक कोई एक अंक चुनें।
guide-number = एक संख्या।
guide-number-range = { $min } से { $max } तक की संख्या।
guide-number-at-least = { $min } या उससे बड़ी संख्या।
guide-number-at-most = { $max } या उससे छोटी संख्या।
guide-whole = एक पूर्ण संख्या।
guide-whole-range = { $min } से { $max } तक की पूर्ण संख्या।
guide-whole-at-least = { $min } या उससे बड़ी पूर्ण संख्या।
guide-whole-at-most = { $max } या उससे छोटी पूर्ण संख्या।
# $unit is the unit the task names ("kg", "minutes"), in the task's words.
guide-unit = इकाई: { $unit }।
guide-step = { $step } के अंतर पर।
guide-text = अपने शब्दों में लिखें।
guide-text-range = अपने शब्दों में, { $min } से { $max } अक्षर।
guide-text-at-least = अपने शब्दों में, कम से कम { $min } अक्षर।
guide-text-up-to = अपने शब्दों में, ज़्यादा से ज़्यादा { $max } अक्षर।
# Followed by the pattern, shown as code.
guide-text-pattern = यह इस पैटर्न से मेल खाना चाहिए:
# A is shown first: on the left (on the right in a right-to-left language), on a phone on top.
# $choices: the answers in quotes, joined by "or".
guide-pairwise = A (बाईं ओर; फ़ोन पर ऊपर) की तुलना B से करें, फिर { $choices } चुनें।
guide-pairwise-no-tie = बराबरी का विकल्प नहीं है: जो थोड़ा भी बेहतर हो, उसे चुनें।

## The table of answers of a question

guide-col-point = अंक
guide-col-option = विकल्प
guide-col-option-key = विकल्प और कुंजी
guide-col-key = कुंजी
guide-col-meaning = मतलब
guide-col-when = कब चुनें
guide-col-examples = उदाहरण
guide-col-shown-in = किस उदाहरण में
guide-clears-others = (बाकी विकल्प हटा देता है)
guide-shown-in = देखें
guide-example-ref = उदाहरण { $number }

## Worked examples

guide-examples-note = हर उदाहरण में पहले आइटम वैसा ही दिखाया गया है जैसा वह कार्य के पेज पर दिखता है, फिर हमारे अपेक्षित उत्तर और उनकी वजह।
guide-example = उदाहरण { $number }
guide-expected = अपेक्षित उत्तर
guide-why = वजह:
guide-col-question = प्रश्न
guide-col-expected = अपेक्षित उत्तर
# After an answer, in the Markdown guidelines: the key that gives it.
guide-answer-key = (कुंजी { $key })
guide-image-not-https = तस्वीर नहीं दिखाई गई (पता https नहीं है): { $address }
guide-link-not-https = { $label } (पता https नहीं है): { $address }
guide-media-not-https = मीडिया नहीं दिखाया गया (पता https नहीं है): { $address }
guide-audio = ऑडियो
guide-video = वीडियो

## The changelog table

guide-col-version = संस्करण
guide-col-date = तारीख
guide-col-change = बदलाव

## The example task `hitc init --language` writes: a task author's starting point,
## worker-facing text in the language. Product names may be adapted to the language.

scaffold-title = यह समीक्षा सकारात्मक है या नकारात्मक?
scaffold-description = किसी उत्पाद की छोटी-सी समीक्षा पढ़ें और बताएँ कि लिखने वाले को वह उत्पाद कैसा लगा।
scaffold-goal = मापना कि उत्पाद समीक्षाओं पर भावना पहचानने वाला मॉडल कितनी बार लोगों से सहमत होता है।
scaffold-prior-work = अभी तक कुछ नहीं; यह पहला लेबल किया गया सेट है।
scaffold-field-product = जिस उत्पाद की समीक्षा है
scaffold-field-review = समीक्षा, जैसी ग्राहक ने लिखी
scaffold-prompt = लिखने वाले को यह उत्पाद कैसा लगा?
scaffold-positive = सकारात्मक
scaffold-positive-hint = उन्हें यह पसंद है या वे इसे खरीदने की सलाह देते हैं।
scaffold-mixed = मिली-जुली
scaffold-mixed-hint = तारीफ़ भी है और शिकायत भी।
scaffold-negative = नकारात्मक
scaffold-negative-hint = उन्हें यह पसंद नहीं या वे दूसरों को सावधान करते हैं।
scaffold-comment-prompt = क्या किसी बात की वजह से फ़ैसला करना मुश्किल हुआ?
# (The page adds page-optional after an optional question: do not repeat it here.)
# Markdown: ** marks bold.
scaffold-summary = यह तय करें कि **लिखने वाले** को उत्पाद कैसा लगा, यह नहीं कि आपको कैसा लगता है।
scaffold-section-title = कैसे तय करें
scaffold-kettle = इलेक्ट्रिक केतली
scaffold-example-1 = पानी जल्दी उबालती है और दिखने में भी बढ़िया है। फिर से खरीदूँगा।
scaffold-example-1-why = तारीफ़ और दोबारा खरीदने की बात।
scaffold-example-2 = पानी जल्दी उबालती है, पर एक हफ़्ते में ही ढक्कन टूट गया।
scaffold-example-2-why = एक अच्छी बात, एक गंभीर शिकायत।
scaffold-example-3 = पानी टपकता है। वापस कर दी।
scaffold-example-3-why = खराबी और वापसी।
scaffold-faq-q = समीक्षा उत्पाद के बारे में नहीं है। मैं क्या उत्तर दूँ?
# "Mixed" is scaffold-mixed.
scaffold-faq-a = सिर्फ़ उत्पाद के बारे में लिखने वाले की भावना देखें; अगर ऐसी कोई भावना नहीं है, तो “मिली-जुली” चुनें और टिप्पणी में यह बताएँ।
scaffold-changelog = पहला संस्करण।
scaffold-toaster = टोस्टर
scaffold-headphones = हेडफ़ोन
scaffold-desk-lamp = टेबल लैंप
scaffold-blender = मिक्सर
scaffold-sample-1 = ब्रेड एक जैसी सिकती है, चूरे वाली ट्रे खाली करना आसान है।
scaffold-sample-2 = दो हफ़्ते में ही चलना बंद हो गया।
scaffold-sample-3 = आवाज़ बहुत बढ़िया है, पर एक घंटे बाद कान दुखने लगते हैं।
scaffold-sample-4 = इस साल की सबसे अच्छी खरीदारी!
scaffold-sample-5 = रोशनी काफ़ी है, पर सस्ता-सा लगता है।
scaffold-sample-6 = टूटा हुआ आया और कस्टमर केयर ने कभी जवाब नहीं दिया।
scaffold-gold-1 = सेकंडों में बर्फ़ पीस देता है। बहुत पसंद है।
scaffold-gold-1-why = साफ़ तारीफ़।
scaffold-gold-2 = बहुत शोर करता है और जार में दरार आ गई।
scaffold-gold-2-why = दो शिकायतें, कोई तारीफ़ नहीं।
scaffold-gold-3 = अच्छा चलता है, पर बहुत शोर करता है।
scaffold-gold-3-why = एक अच्छी बात और एक शिकायत।
# The guideline section file (Markdown). Keep the table's | and the ** marks.
scaffold-section-intro = उत्तर देने से पहले पूरी समीक्षा पढ़ें।
scaffold-section-column-review = समीक्षा में…
scaffold-section-column-answer = उत्तर
scaffold-section-row-positive = उत्पाद की तारीफ़ है, उसे खरीदने की सलाह है
scaffold-section-row-mixed = कुछ बातों की तारीफ़ है और कुछ की शिकायत
scaffold-section-row-negative = शिकायत है, दूसरों को चेतावनी है, या वापसी का ज़िक्र है
# $example is a sarcastic review quoted in the language; $answer is scaffold-negative in bold.
scaffold-section-sarcasm = व्यंग्य में वही गिनें जो लिखने वाला असल में कहना चाहता है: “{ $example }” { $answer } है।
scaffold-sarcasm-example = वाह, पहले ही दिन टूट गया
