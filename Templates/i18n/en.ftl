### hitc's own words on the worker's page and in the guidelines: English, the reference catalogue.
###
### Format: Project Fluent (https://projectfluent.org/fluent/guide/), the subset
### docs/i18n.md lists: messages, { $variables }, and selectors on a number's
### CLDR plural category ([zero] [one] [two] [few] [many] *[other]) or on an exact
### number ([0], [1]). Every catalogue has exactly these message ids, each with the
### same variables as here. Ids starting with "script-" are sent to the page's script.
###
### Audience: crowd workers reading a task page, often on a phone, paid per task.
### Short, plain, polite; address the worker as "you"; no jargon.

## The task page (task.html, preview.html)

page-preview-title = Preview
page-preview-banner = with sample items: your answers are shown on this page, not sent.
page-instructions = Instructions
# The caption of an item before the script numbers it.
page-item = Item
page-optional = (optional)
# The first entry of a drop-down list of answers.
page-choose = Choose…
page-feedback-label = Comments for the requester
page-guidelines = Full guidelines
page-guidelines-version = Full guidelines (version { $version })
page-guidelines-link = See the full guideline document.
page-faq = Questions and answers
page-your-answers = Your answers
page-answers-note = Nothing was sent. Copy or download these answers if you need them.
page-copy = Copy
page-download = Download
# The button that shows the keyboard shortcuts (the "?" key is shown after it).
page-shortcuts = Shortcuts
page-submit = Submit
# $contact is an e-mail address, shown as a link.
page-contact = Questions about this task? Write to { $contact }.

## The keyboard shortcuts panel

page-legend-title = Keyboard shortcuts
page-legend-rule = A key answers the question you are in, else the item's only or first unanswered question with it. To change an answer, Tab into it first.
page-legend-moving = Moving around
page-legend-next = next item
page-legend-previous = previous item
page-legend-toggle = show or hide these shortcuts
# $key is "Ctrl+Enter", $macKey is "⌘+Enter", each shown as a key.
page-legend-submit = { $key } ({ $macKey } on a Mac) submits.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
# $key is "Esc", shown as a key.
page-legend-escape = { $key } leaves a text box, where keys are off.
page-legend-advance = An answered item moves on to the next one.
page-legend-close = Close

## Choices hitc adds to questions

# How many options of a multiple-choice question to tick.
page-select-exactly = Choose { $count }.
page-select-range = Choose { $min } to { $max }.
page-select-at-least = Choose at least { $min }.
page-select-up-to = Choose up to { $max }.
# The two sides of a pairwise comparison, and its default answers.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A is better
page-pairwise-b-better = B is better
page-pairwise-same = About the same

## Messages the page's script shows

script-item-title = Item { $number } of { $total }
# After an item's title once its required answers are given, after a check mark ("✓ answered").
script-item-answered = answered
script-progress = { $total ->
    [one] { $answered } of { $total } item answered
   *[other] { $answered } of { $total } items answered
}
script-items-unreadable = The items of this HIT could not be read, so it cannot be done. Please return it.
script-items-too-many = This HIT has { $count } items, more than its { $limit }, so it cannot be done. Please return it.
script-items-missing = The items of this HIT are missing, so it cannot be done. Please return it.
script-image-not-https = Image not shown (not an https address)
script-image-failed = The image could not be loaded
script-link = Link
# $label is the link's caption from the task.
script-link-not-https = { $label } (not an https address)
script-media-not-https = Media not shown (not an https address)
script-choose-answer = Choose an answer.
script-choose-at-least = { $min ->
    [one] Choose at least { $min } option.
   *[other] Choose at least { $min } options.
}
script-choose-at-least-now = { $min ->
    [one] Choose at least { $min } option (now { $count }).
   *[other] Choose at least { $min } options (now { $count }).
}
script-choose-at-most-now = { $max ->
    [one] Choose at most { $max } option (now { $count }).
   *[other] Choose at most { $max } options (now { $count }).
}
script-number = Enter a number.
script-number-range = Enter a number from { $min } to { $max }.
script-number-at-least = Enter a number of at least { $min }.
script-number-at-most = Enter a number of at most { $max }.
script-number-whole = Enter a whole number.
script-number-step = Enter a number in steps of { $step }.
script-number-step-from = Enter a number in steps of { $step } from { $from }.
script-text = Write an answer.
script-text-at-least = { $min ->
    [one] Write at least { $min } character (now { $count }).
   *[other] Write at least { $min } characters (now { $count }).
}
script-text-at-most = { $max ->
    [one] Write at most { $max } character (now { $count }).
   *[other] Write at most { $max } characters (now { $count }).
}
script-text-pattern = This answer does not have the expected form.
# $key is the letter or digit pressed.
script-key-elsewhere = Key { $key }: Tab into the question to change, then press it.
script-attention = { $count ->
    [one] One answer needs attention.
   *[other] { $count } answers need attention.
}
script-sending = Sending…
script-submitting = Submitting…
# $reason is what the browser said, in English, or script-network-error.
script-send-failed = Your answers could not be sent ({ $reason }). Please try again.
script-network-error = network error
script-sent = Thank you: your answers were sent.
script-copied = Copied.
script-copy-by-hand = Selected: press Ctrl+C to copy.
script-demo-items = Demo items: opened without the items of a HIT.
script-preview-shown = Preview: your answers are shown above; nothing was sent.
script-answers-shown = Your answers are shown above; nothing was sent.
# MTurk: "accept" is the platform's own word for taking a HIT.
script-mturk-preview = This is a preview. Accept the HIT to start: answers given in the preview are not kept.
script-mturk-accept = Accept the HIT to start.
script-mturk-no-target = This page was built without the MTurk target, so it cannot be submitted on MTurk. Please return it.
script-mturk-bad-address = The submission address of this HIT is not valid, so it cannot be submitted. Please return it.
script-prolific-saved = Saved. Taking you back to Prolific…

## The guidelines (guidelines.html, guidelines.md)

# The window title; $title is the task's title.
guide-title = Guidelines: { $title }
guide-kicker = Guidelines
guide-kicker-version = Guidelines · version { $version }
guide-contents = Contents
guide-purpose = Why this task exists
guide-summary = In short
guide-questions = The questions and their answers
guide-examples = Worked examples
guide-faq = Frequently asked questions
guide-changelog = What changed
guide-contact = Contact
guide-section-unreadable = The text of this section could not be read.
guide-contact-line = Questions about this task or these guidelines? Write to { $contact }.

## Facts about the task, at the top of the guidelines

guide-fact-purpose = Purpose
guide-fact-goal = Goal
guide-fact-metric = Measured by
guide-fact-pay = Pay
guide-purpose-training = Training: your answers teach a machine-learning model.
guide-purpose-evaluation = Evaluation: your answers measure how well a system works.
guide-purpose-model-qa = Model quality check: your answers decide whether a model is good enough to release.
guide-purpose-reference = Reference collection: your answers become a reference data set.
# $reward is an amount of money ("$0.20"), $minutes a whole number, $hourly an amount of money.
guide-pay-line = { $minutes ->
    [one] { $reward } per task of about { $minutes } minute, about { $hourly } an hour.
   *[other] { $reward } per task of about { $minutes } minutes, about { $hourly } an hour.
}

## How each question is answered

guide-required = Required.
guide-optional = Optional.
guide-required-when-shown = Required when shown.
# $conditions is one or more guide-condition joined by "and".
guide-shown-only-when = Shown only when { $conditions }.
# $question is a question's prompt; $answers one or more answers joined by "or", each in quotes.
guide-condition = the answer to “{ $question }” is { $answers }
guide-choose-one = Choose one.
guide-choose-all = Choose all that apply.
# $options: one or more option labels in quotes, joined by "or".
guide-exclusive = { $count ->
    [one] { $options } is chosen alone: choosing it clears the other options.
   *[other] { $options } are chosen alone: choosing one clears the other options.
}
guide-scale = Choose a point from { $min } to { $max }.
guide-number = A number.
guide-number-range = A number from { $min } to { $max }.
guide-number-at-least = A number of at least { $min }.
guide-number-at-most = A number of at most { $max }.
guide-whole = A whole number.
guide-whole-range = A whole number from { $min } to { $max }.
guide-whole-at-least = A whole number of at least { $min }.
guide-whole-at-most = A whole number of at most { $max }.
# $unit is the unit the task names ("kg", "minutes"), in the task's words.
guide-unit = Unit: { $unit }.
guide-step = In steps of { $step }.
guide-text = Free text.
guide-text-range = { $max ->
    [one] Free text of { $min } to { $max } character.
   *[other] Free text of { $min } to { $max } characters.
}
guide-text-at-least = { $min ->
    [one] Free text of at least { $min } character.
   *[other] Free text of at least { $min } characters.
}
guide-text-up-to = { $max ->
    [one] Free text of up to { $max } character.
   *[other] Free text of up to { $max } characters.
}
# Followed by the pattern, shown as code.
guide-text-pattern = It must match the pattern
# A is shown first: on the left (on the right in a right-to-left language), on a phone on top.
# $choices: the answers in quotes, joined by "or".
guide-pairwise = Compare A (on the left; on a phone, on top) with B, then choose { $choices }.
guide-pairwise-no-tie = There is no tie: pick the one that is even slightly better.

## The table of answers of a question

guide-col-point = Point
guide-col-option = Option
guide-col-option-key = Option and key
guide-col-key = Key
guide-col-meaning = Meaning
guide-col-when = When to choose it
guide-col-examples = Examples
guide-col-shown-in = Shown in example
guide-clears-others = (clears the others)
guide-shown-in = Shown in
guide-example-ref = Example { $number }

## Worked examples

guide-examples-note = Each example shows an item as it appears on the task page, then the answers we expect and why.
guide-example = Example { $number }
guide-expected = Expected answers
guide-why = Why:
guide-col-question = Question
guide-col-expected = Expected answer
# After an answer, in the Markdown guidelines: the key that gives it.
guide-answer-key = (key { $key })
guide-image-not-https = Image not shown (not an https address): { $address }
guide-link-not-https = { $label } (not an https address): { $address }
guide-media-not-https = Media not shown (not an https address): { $address }
guide-audio = Audio
guide-video = Video

## The changelog table

guide-col-version = Version
guide-col-date = Date
guide-col-change = Change

## The example task `hitc init --language` writes: a task author's starting point,
## worker-facing text in the language. Product names may be adapted to the language.

scaffold-title = Is this review positive or negative?
scaffold-description = Read a short product review and say how the writer feels about the product.
scaffold-goal = Measure how often the sentiment model agrees with people on product reviews.
scaffold-prior-work = None yet; this is the first labeled set.
scaffold-field-product = The product reviewed
scaffold-field-review = The review as the customer wrote it
scaffold-prompt = How does the writer feel about the product?
scaffold-positive = Positive
scaffold-positive-hint = They like it or recommend it.
scaffold-mixed = Mixed
scaffold-mixed-hint = Both praise and complaints.
scaffold-negative = Negative
scaffold-negative-hint = They dislike it or warn others.
scaffold-comment-prompt = Anything that made this hard to judge? (optional)
# Markdown: ** marks bold.
scaffold-summary = Decide how the **writer** feels about the product, not how you feel about it.
scaffold-section-title = How to judge
scaffold-kettle = Kettle
scaffold-example-1 = Boils fast and looks great. Would buy again.
scaffold-example-1-why = Praise and a repeat purchase.
scaffold-example-2 = Boils fast, but the lid broke after a week.
scaffold-example-2-why = One good point, one serious complaint.
scaffold-example-3 = Leaks. Returned it.
scaffold-example-3-why = A defect and a return.
scaffold-faq-q = The review is not about the product. What do I answer?
# "Mixed" is scaffold-mixed.
scaffold-faq-a = Judge the writer's feeling about the product only; if there is none, answer Mixed and say so in the comment.
scaffold-changelog = First version.
scaffold-toaster = Toaster
scaffold-headphones = Headphones
scaffold-desk-lamp = Desk lamp
scaffold-blender = Blender
scaffold-sample-1 = Toasts evenly, crumb tray is easy to empty.
scaffold-sample-2 = Stopped working after two weeks.
scaffold-sample-3 = Great sound, but they hurt after an hour.
scaffold-sample-4 = Best purchase this year!
scaffold-sample-5 = Bright enough, cheap feel.
scaffold-sample-6 = Arrived broken and support never answered.
scaffold-gold-1 = Crushes ice in seconds. Love it.
scaffold-gold-1-why = Clear praise.
scaffold-gold-2 = Loud and the jar cracked.
scaffold-gold-2-why = Two complaints and no praise.
scaffold-gold-3 = Works well, but very loud.
scaffold-gold-3-why = One good point and one complaint.
# The guideline section file (Markdown). Keep the table's | and the ** marks.
scaffold-section-intro = Read the whole review before answering.
scaffold-section-column-review = The review…
scaffold-section-column-answer = Answer
scaffold-section-row-positive = praises the product, recommends it
scaffold-section-row-mixed = praises some things and complains about others
scaffold-section-row-negative = complains, warns others, mentions a return
# $example is a sarcastic review quoted in the language; $answer is scaffold-negative in bold.
scaffold-section-sarcasm = Sarcasm counts as what the writer means: “{ $example }” is { $answer }.
scaffold-sarcasm-example = Great, it broke on day one
