### hitc's own words on the worker's page and in the guidelines: Korean (ko).
###
### Register: 해요체 throughout (선택하세요, 보냈어요, 할 수 없어요). Why: it is
### polite, it is what current Korean app and web UI writing uses for users
### (short and friendly on a phone), and one register avoids mixing -세요 requests
### with 합쇼체 -습니다 statements; 합쇼체 requests (-십시오) read stiff on a task
### page. Short facts (table headers, pay line) are noun phrases.
### Punctuation: Korean spacing; quotation marks “ ”; half-width ( ) : ~ as in
### Korean UI; particles after a variable written (은)는 where the word varies.
### Plurals: CLDR gives ko only the category "other", so no sentence uses a plural
### selector; guide-exclusive selects on the exact number [1] (one option or
### several), because the wording differs.
### Key terms: task (the page a worker does and is paid for) = 작업; item (one
### thing judged on it) = 항목; question = 질문; answer = 답변; option = 선택지;
### guidelines = 가이드라인; requester = 요청자; HIT = HIT (only in
### script-mturk-*), "accept" = 수락(Accept), "return" = 반환.
### Translation: machine-assisted by the tr-asia helper, checked with
### fluent.syntax/fluent.runtime; not reviewed by a native speaker yet.

## The task page (task.html, preview.html)

page-preview-title = 미리보기
page-preview-banner = 예시 항목으로 보고 있어요. 답변은 이 페이지에만 표시되고 전송되지 않아요.
page-instructions = 작업 안내
# The caption of an item before the script numbers it.
page-item = 항목
page-optional = (선택)
# The first entry of a drop-down list of answers.
page-choose = 선택하세요…
page-feedback-label = 요청자에게 남길 의견
page-guidelines = 전체 가이드라인
page-guidelines-version = 전체 가이드라인(버전 { $version })
page-guidelines-link = 전체 가이드라인 보기
page-faq = 자주 묻는 질문
page-your-answers = 내 답변
page-answers-note = 아무것도 전송되지 않았어요. 필요하면 답변을 복사하거나 다운로드하세요.
page-copy = 복사
page-download = 다운로드
# The button that shows the keyboard shortcuts (the "?" key is shown after it).
page-shortcuts = 단축키
page-submit = 제출
# $contact is an e-mail address, shown as a link.
page-contact = 이 작업에 대해 궁금한 점은 { $contact } 주소로 문의하세요.

## The keyboard shortcuts panel

page-legend-title = 키보드 단축키
page-legend-rule = 키를 누르면 지금 있는 질문에 답해요. 질문 밖에서는 이 항목에서 그 키를 쓰는 질문(여러 개면 답하지 않은 첫 번째 질문)에 답해요. 답변을 바꾸려면 먼저 Tab 키로 그 질문으로 이동하세요.
page-legend-moving = 이동
page-legend-next = 다음 항목
page-legend-previous = 이전 항목
page-legend-toggle = 단축키 표시/숨기기
# $key is "Ctrl+Enter", $macKey is "⌘+Enter", each shown as a key.
page-legend-submit = { $key }(Mac에서는 { $macKey })를 누르면 제출돼요.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
# $key is "Esc", shown as a key.
page-legend-escape = { $key } 키를 누르면 텍스트 상자에서 나가요. 텍스트 상자 안에서는 단축키가 작동하지 않아요.
page-legend-advance = 항목에 답하면 다음 항목으로 넘어가요.
page-legend-close = 닫기

## Choices hitc adds to questions

# How many options of a multiple-choice question to tick.
page-select-exactly = { $count }개를 선택하세요.
page-select-range = { $min }~{ $max }개를 선택하세요.
page-select-at-least = { $min }개 이상 선택하세요.
page-select-up-to = 최대 { $max }개까지 선택할 수 있어요.
# The two sides of a pairwise comparison, and its default answers.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A가 더 나아요
page-pairwise-b-better = B가 더 나아요
page-pairwise-same = 비슷해요

## Messages the page's script shows

script-item-title = 항목 { $number }/{ $total }
# After an item's title once its required answers are given, after a check mark ("✓ answered").
script-item-answered = 답변 완료
script-progress = { $total }개 중 { $answered }개 답변 완료
script-items-unreadable = 이 작업의 항목을 읽을 수 없어서 작업을 할 수 없어요. 작업을 반환해 주세요.
script-items-too-many = 이 작업에는 항목이 { $count }개 있어서 최대 개수({ $limit }개)를 넘어요. 작업을 할 수 없으니 반환해 주세요.
script-items-missing = 이 작업에 항목이 없어서 작업을 할 수 없어요. 작업을 반환해 주세요.
script-image-not-https = 이미지를 표시하지 않았어요(https 주소가 아님)
script-image-failed = 이미지를 불러오지 못했어요
script-link = 링크
# $label is the link's caption from the task.
script-link-not-https = { $label }(https 주소가 아님)
script-media-not-https = 미디어를 표시하지 않았어요(https 주소가 아님)
script-choose-answer = 답변을 선택하세요.
script-choose-at-least = { $min }개 이상 선택하세요.
script-choose-at-least-now = { $min }개 이상 선택하세요(현재 { $count }개).
script-choose-at-most-now = 최대 { $max }개까지 선택할 수 있어요(현재 { $count }개).
script-number = 숫자를 입력하세요.
script-number-range = { $min }~{ $max } 사이의 숫자를 입력하세요.
script-number-at-least = { $min } 이상의 숫자를 입력하세요.
script-number-at-most = { $max } 이하의 숫자를 입력하세요.
script-number-whole = 정수를 입력하세요.
script-number-step = { $step } 단위로 숫자를 입력하세요.
script-number-step-from = { $from }부터 { $step } 단위로 숫자를 입력하세요.
script-text = 답변을 입력하세요.
script-text-at-least = { $min }자 이상 입력하세요(현재 { $count }자).
script-text-at-most = { $max }자 이하로 입력하세요(현재 { $count }자).
script-text-pattern = 답변 형식이 올바르지 않아요.
# $key is the letter or digit pressed.
script-key-elsewhere = { $key } 키: 답변을 바꾸려면 Tab 키로 그 질문으로 이동한 다음 누르세요.
script-attention = 확인이 필요한 답변이 { $count }개 있어요.
script-sending = 보내는 중…
script-submitting = 제출하는 중…
# $reason is what the browser said, in English, or script-network-error.
script-send-failed = 답변을 보내지 못했어요({ $reason }). 다시 시도해 주세요.
script-network-error = 네트워크 오류
script-sent = 감사합니다. 답변을 보냈어요.
script-copied = 복사했어요.
script-copy-by-hand = 선택했어요. Ctrl+C를 눌러 복사하세요.
script-demo-items = 데모 항목이에요. 작업 항목 없이 열린 페이지예요.
script-preview-shown = 미리보기: 답변은 위에 표시되고, 아무것도 전송되지 않았어요.
script-answers-shown = 답변은 위에 표시되고, 아무것도 전송되지 않았어요.
# MTurk: "accept" is the platform's own word for taking a HIT.
script-mturk-preview = 미리보기 화면이에요. HIT를 수락(Accept)하면 시작할 수 있어요. 미리보기에서 입력한 답변은 저장되지 않아요.
script-mturk-accept = HIT를 수락(Accept)하면 시작할 수 있어요.
script-mturk-no-target = 이 페이지는 MTurk용으로 만들어지지 않아서 MTurk에서 제출할 수 없어요. HIT를 반환해 주세요.
script-mturk-bad-address = 이 HIT의 제출 주소가 올바르지 않아서 제출할 수 없어요. HIT를 반환해 주세요.
script-prolific-saved = 저장했어요. Prolific으로 돌아가는 중…

## The guidelines (guidelines.html, guidelines.md)

# The window title; $title is the task's title.
guide-title = 가이드라인: { $title }
guide-kicker = 가이드라인
guide-kicker-version = 가이드라인 · 버전 { $version }
guide-contents = 목차
guide-purpose = 이 작업을 하는 이유
guide-summary = 요약
guide-questions = 질문과 답변 방법
guide-examples = 예시와 해설
guide-faq = 자주 묻는 질문
guide-changelog = 변경 내역
guide-contact = 문의
guide-section-unreadable = 이 섹션의 내용을 읽을 수 없어요.
guide-contact-line = 이 작업이나 가이드라인에 대해 궁금한 점은 { $contact } 주소로 문의하세요.

## Facts about the task, at the top of the guidelines

guide-fact-purpose = 용도
guide-fact-goal = 목표
guide-fact-metric = 측정 지표
guide-fact-pay = 보수
guide-purpose-training = 학습: 답변은 머신러닝 모델을 학습시키는 데 쓰여요.
guide-purpose-evaluation = 평가: 답변은 시스템이 얼마나 잘 작동하는지 측정하는 데 쓰여요.
guide-purpose-model-qa = 모델 품질 검사: 답변을 바탕으로 모델을 출시해도 될지 판단해요.
guide-purpose-reference = 기준 데이터 수집: 답변은 기준 데이터 세트가 돼요.
# $reward is an amount of money ("$0.20"), $minutes a whole number, $hourly an amount of money.
guide-pay-line = 작업 1건당 { $reward }(약 { $minutes }분 소요, 시간당 약 { $hourly })

## How each question is answered

guide-required = 꼭 답해야 해요.
guide-optional = 답하지 않아도 돼요.
guide-required-when-shown = 표시되면 꼭 답해야 해요.
# $conditions is one or more guide-condition joined by "and".
guide-shown-only-when = { $conditions } 때만 표시돼요.
# $question is a question's prompt; $answers one or more answers joined by "or", each in quotes.
guide-condition = “{ $question }”의 답변이 { $answers }일
guide-choose-one = 하나를 선택하세요.
guide-choose-all = 해당하는 것을 모두 선택하세요.
# $options: one or more option labels in quotes, joined by "or".
guide-exclusive = { $count ->
    [1] { $options }은(는) 다른 선택지와 함께 고를 수 없어요. 선택하면 다른 선택이 해제돼요.
   *[other] { $options }은(는) 다른 선택지와 함께 고를 수 없어요. 그중 하나를 선택하면 다른 선택이 해제돼요.
}
guide-scale = { $min }~{ $max } 중에서 하나를 선택하세요.
guide-number = 숫자로 답해요.
guide-number-range = { $min }~{ $max } 사이의 숫자로 답해요.
guide-number-at-least = { $min } 이상의 숫자로 답해요.
guide-number-at-most = { $max } 이하의 숫자로 답해요.
guide-whole = 정수로 답해요.
guide-whole-range = { $min }~{ $max } 사이의 정수로 답해요.
guide-whole-at-least = { $min } 이상의 정수로 답해요.
guide-whole-at-most = { $max } 이하의 정수로 답해요.
# $unit is the unit the task names ("kg", "minutes"), in the task's words.
guide-unit = 단위: { $unit }
guide-step = { $step } 단위로 답해요.
guide-text = 자유롭게 작성해요.
guide-text-range = { $min }~{ $max }자로 자유롭게 작성해요.
guide-text-at-least = { $min }자 이상 자유롭게 작성해요.
guide-text-up-to = { $max }자 이하로 자유롭게 작성해요.
# Followed by the pattern, shown as code.
guide-text-pattern = 다음 패턴과 일치해야 해요:
# A is shown first: on the left (on the right in a right-to-left language), on a phone on top.
# $choices: the answers in quotes, joined by "or".
guide-pairwise = A(왼쪽, 휴대폰에서는 위쪽)와 B를 비교한 다음 { $choices } 중에서 선택하세요.
guide-pairwise-no-tie = 무승부는 없어요. 조금이라도 더 나은 쪽을 고르세요.

## The table of answers of a question

guide-col-point = 점수
guide-col-option = 선택지
guide-col-option-key = 선택지와 키
guide-col-key = 키
guide-col-meaning = 의미
guide-col-when = 선택하는 경우
guide-col-examples = 예시
guide-col-shown-in = 해당 예시
guide-clears-others = (다른 선택 해제)
guide-shown-in = 해당 예시:
guide-example-ref = 예시 { $number }

## Worked examples

guide-examples-note = 각 예시는 작업 페이지에 보이는 그대로 항목을 보여 준 다음, 기대하는 답변과 그 이유를 설명해요.
guide-example = 예시 { $number }
guide-expected = 기대하는 답변
guide-why = 이유:
guide-col-question = 질문
guide-col-expected = 기대하는 답변
# After an answer, in the Markdown guidelines: the key that gives it.
guide-answer-key = (키 { $key })
guide-image-not-https = 이미지를 표시하지 않았어요(https 주소가 아님): { $address }
guide-link-not-https = { $label }(https 주소가 아님): { $address }
guide-media-not-https = 미디어를 표시하지 않았어요(https 주소가 아님): { $address }
guide-audio = 오디오
guide-video = 동영상

## The changelog table

guide-col-version = 버전
guide-col-date = 날짜
guide-col-change = 변경 내용

## The example task `hitc init --language` writes: a task author's starting point,
## worker-facing text in the language. Product names may be adapted to the language.

scaffold-title = 이 리뷰는 긍정적인가요, 부정적인가요?
scaffold-description = 짧은 상품 리뷰를 읽고 작성자가 상품을 어떻게 느끼는지 답해 주세요.
scaffold-goal = 상품 리뷰에서 감성 분석 모델의 판단이 사람의 판단과 얼마나 자주 일치하는지 측정해요.
scaffold-prior-work = 아직 없어요. 이번이 첫 번째 라벨링 데이터예요.
scaffold-field-product = 리뷰한 상품
scaffold-field-review = 고객이 작성한 리뷰 원문
scaffold-prompt = 작성자는 이 상품을 어떻게 느끼나요?
scaffold-positive = 긍정
scaffold-positive-hint = 마음에 들어 하거나 추천해요.
scaffold-mixed = 혼합
scaffold-mixed-hint = 칭찬과 불만이 함께 있어요.
scaffold-negative = 부정
scaffold-negative-hint = 마음에 들지 않아 하거나 다른 사람에게 주의를 줘요.
scaffold-comment-prompt = 판단하기 어려웠던 점이 있었나요?
# (The page adds page-optional after an optional question: do not repeat it here.)
# Markdown: ** marks bold.
scaffold-summary = 내 느낌이 아니라 **작성자**가 상품을 어떻게 느끼는지 판단하세요.
scaffold-section-title = 판단 방법
scaffold-kettle = 전기포트
scaffold-example-1 = 물이 빨리 끓고 디자인도 예뻐요. 또 살 거예요.
scaffold-example-1-why = 칭찬하고 재구매 의사도 있어요.
scaffold-example-2 = 물은 빨리 끓는데 일주일 만에 뚜껑이 부러졌어요.
scaffold-example-2-why = 장점 하나, 심각한 불만 하나.
scaffold-example-3 = 물이 새요. 반품했어요.
scaffold-example-3-why = 결함이 있고 반품했어요.
scaffold-faq-q = 리뷰가 상품에 관한 내용이 아니에요. 뭐라고 답해야 하나요?
# "Mixed" is scaffold-mixed.
scaffold-faq-a = 상품에 대한 작성자의 느낌만 판단하세요. 그런 느낌이 없으면 “혼합”을 선택하고 의견란에 그렇게 적어 주세요.
scaffold-changelog = 첫 번째 버전.
scaffold-toaster = 토스터
scaffold-headphones = 헤드폰
scaffold-desk-lamp = 책상 스탠드
scaffold-blender = 믹서기
scaffold-sample-1 = 골고루 잘 구워지고 빵가루 받침도 비우기 쉬워요.
scaffold-sample-2 = 2주 만에 고장 났어요.
scaffold-sample-3 = 음질은 훌륭한데 한 시간 쓰면 귀가 아파요.
scaffold-sample-4 = 올해 최고의 쇼핑!
scaffold-sample-5 = 밝기는 충분한데 싸구려 느낌이에요.
scaffold-sample-6 = 파손된 채로 왔는데 고객센터는 끝내 답이 없었어요.
scaffold-gold-1 = 얼음을 몇 초 만에 갈아요. 너무 좋아요.
scaffold-gold-1-why = 분명한 칭찬.
scaffold-gold-2 = 시끄럽고 용기에 금이 갔어요.
scaffold-gold-2-why = 불만 두 가지, 칭찬은 없음.
scaffold-gold-3 = 잘 갈리긴 하는데 너무 시끄러워요.
scaffold-gold-3-why = 장점 하나, 불만 하나.
# The guideline section file (Markdown). Keep the table's | and the ** marks.
scaffold-section-intro = 답하기 전에 리뷰를 끝까지 읽으세요.
scaffold-section-column-review = 리뷰 내용
scaffold-section-column-answer = 답변
scaffold-section-row-positive = 상품을 칭찬하거나 추천함
scaffold-section-row-mixed = 칭찬도 하고 불만도 말함
scaffold-section-row-negative = 불만을 말하거나, 주의를 주거나, 반품을 언급함
# $example is a sarcastic review quoted in the language; $answer is scaffold-negative in bold.
scaffold-section-sarcasm = 반어적인 표현은 작성자가 실제로 뜻하는 대로 판단하세요. “{ $example }”는 { $answer }이에요.
scaffold-sarcasm-example = 와, 최고예요. 첫날 바로 고장 났네요
