### hitc's own words on the worker's page and in the guidelines: Japanese (ja).
###
### Register: です/ます (polite), the usual tone of Japanese crowd-work and web
### forms; requests as 〜してください. Numbers are written with counters and no
### space (5件, 3個, 10文字); Japanese punctuation (、。「」（）：～).
### Plurals: CLDR gives ja only the category "other", so no sentence uses a
### plural selector; guide-exclusive selects on the exact number [1] (one option
### or several), because the wording differs, not the noun.
### Key terms: task (the page a worker does and is paid for) = タスク;
### item (one thing judged on it) = 項目, counted with 件; question = 質問;
### answer = 回答; option = 選択肢; guidelines = ガイドライン; HIT = HIT (only
### in script-mturk-*, MTurk's own word), "accept" = 受諾（Accept）.
### Translation: machine-assisted by the tr-asia helper, checked with
### fluent.syntax/fluent.runtime; not reviewed by a native speaker yet.

## The task page (task.html, preview.html)

page-preview-title = プレビュー
page-preview-banner = サンプルの項目で表示しています。回答はこのページに表示されるだけで、送信されません。
page-instructions = 作業の説明
# The caption of an item before the script numbers it.
page-item = 項目
page-optional = （任意）
# The first entry of a drop-down list of answers.
page-choose = 選んでください…
page-feedback-label = 依頼者へのコメント
page-guidelines = ガイドライン全文
page-guidelines-version = ガイドライン全文（バージョン { $version }）
page-guidelines-link = ガイドラインの全文を見る
page-faq = よくある質問
page-your-answers = あなたの回答
page-answers-note = 何も送信されていません。必要な場合は、この回答をコピーするかダウンロードしてください。
page-copy = コピー
page-download = ダウンロード
# The button that shows the keyboard shortcuts (the "?" key is shown after it).
page-shortcuts = ショートカット
page-submit = 送信
# $contact is an e-mail address, shown as a link.
page-contact = このタスクについてのご質問は { $contact } までお送りください。

## The keyboard shortcuts panel

page-legend-title = キーボードショートカット
page-legend-rule = キーを押すと、選択中の質問に回答します。質問を選択していないときは、この項目でそのキーを使う質問（複数あれば、最初の未回答の質問）に回答します。回答を変えるときは、先に Tab キーでその質問に移動してください。
page-legend-moving = 移動
page-legend-next = 次の項目
page-legend-previous = 前の項目
page-legend-toggle = ショートカットの表示／非表示
# $key is "Ctrl+Enter", $macKey is "⌘+Enter", each shown as a key.
page-legend-submit = { $key }（Mac では { $macKey }）で送信します。
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
# $key is "Esc", shown as a key.
page-legend-escape = { $key } でテキスト欄から抜けます（テキスト欄ではショートカットキーは使えません）。
page-legend-advance = 項目に回答すると、次の項目に進みます。
page-legend-close = 閉じる

## Choices hitc adds to questions

# How many options of a multiple-choice question to tick.
page-select-exactly = { $count }個選んでください。
page-select-range = { $min }～{ $max }個選んでください。
page-select-at-least = { $min }個以上選んでください。
page-select-up-to = { $max }個まで選べます。
# The two sides of a pairwise comparison, and its default answers.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A のほうが良い
page-pairwise-b-better = B のほうが良い
page-pairwise-same = ほぼ同じ

## Messages the page's script shows

script-item-title = 全{ $total }件中 { $number }件目
# After an item's title once its required answers are given, after a check mark ("✓ answered").
script-item-answered = 回答済み
script-progress = 全{ $total }件中 { $answered }件回答済み
script-items-unreadable = このタスクの項目を読み込めないため、作業できません。タスクを返却してください。
script-items-too-many = このタスクには項目が{ $count }件あり、上限の{ $limit }件を超えているため、作業できません。タスクを返却してください。
script-items-missing = このタスクの項目がないため、作業できません。タスクを返却してください。
script-image-not-https = 画像は表示されません（https のアドレスではありません）
script-image-failed = 画像を読み込めませんでした
script-link = リンク
# $label is the link's caption from the task.
script-link-not-https = { $label }（https のアドレスではありません）
script-media-not-https = メディアは表示されません（https のアドレスではありません）
script-choose-answer = 回答を選んでください。
script-choose-at-least = { $min }個以上選んでください。
script-choose-at-least-now = { $min }個以上選んでください（現在 { $count }個）。
script-choose-at-most-now = 選べるのは{ $max }個までです（現在 { $count }個）。
script-number = 数値を入力してください。
script-number-range = { $min }～{ $max }の数値を入力してください。
script-number-at-least = { $min }以上の数値を入力してください。
script-number-at-most = { $max }以下の数値を入力してください。
script-number-whole = 整数を入力してください。
script-number-step = { $step }刻みの数値を入力してください。
script-number-step-from = { $from }から{ $step }刻みの数値を入力してください。
script-text = 回答を入力してください。
script-text-at-least = { $min }文字以上で入力してください（現在 { $count }文字）。
script-text-at-most = { $max }文字以内で入力してください（現在 { $count }文字）。
script-text-pattern = 回答の形式が正しくありません。
# $key is the letter or digit pressed.
script-key-elsewhere = { $key } キー：回答を変えるには、Tab キーでその質問に移動してから押してください。
script-attention = 確認が必要な回答が{ $count }件あります。
script-sending = 送信中…
script-submitting = 送信しています…
# $reason is what the browser said, in English, or script-network-error.
script-send-failed = 回答を送信できませんでした（{ $reason }）。もう一度お試しください。
script-network-error = ネットワークエラー
script-sent = ありがとうございました。回答を送信しました。
script-copied = コピーしました。
script-copy-by-hand = 選択しました。Ctrl+C でコピーしてください。
script-demo-items = デモ用の項目を表示しています（タスクの項目なしで開かれたため）。
script-preview-shown = プレビュー：回答は上に表示されています。何も送信されていません。
script-answers-shown = 回答は上に表示されています。何も送信されていません。
# MTurk: "accept" is the platform's own word for taking a HIT.
script-mturk-preview = これはプレビューです。HIT を受諾（Accept）すると作業を始められます。プレビュー中の回答は保存されません。
script-mturk-accept = HIT を受諾（Accept）すると作業を始められます。
script-mturk-no-target = このページは MTurk 用に作成されていないため、MTurk では送信できません。HIT を返却してください。
script-mturk-bad-address = この HIT の送信先アドレスが正しくないため、送信できません。HIT を返却してください。
script-prolific-saved = 保存しました。Prolific に戻ります…

## The guidelines (guidelines.html, guidelines.md)

# The window title; $title is the task's title.
guide-title = ガイドライン：{ $title }
guide-kicker = ガイドライン
guide-kicker-version = ガイドライン（バージョン { $version }）
guide-contents = 目次
guide-purpose = このタスクの目的
guide-summary = 要点
guide-questions = 質問と回答のしかた
guide-examples = 回答例と解説
guide-faq = よくある質問
guide-changelog = 変更履歴
guide-contact = お問い合わせ
guide-section-unreadable = このセクションの本文を読み込めませんでした。
guide-contact-line = このタスクやガイドラインについてのご質問は { $contact } までお送りください。

## Facts about the task, at the top of the guidelines

guide-fact-purpose = 目的
guide-fact-goal = 目標
guide-fact-metric = 評価の指標
guide-fact-pay = 報酬
guide-purpose-training = 学習用：あなたの回答は機械学習モデルの学習に使われます。
guide-purpose-evaluation = 評価用：あなたの回答はシステムの性能の測定に使われます。
guide-purpose-model-qa = モデルの品質確認：あなたの回答をもとに、モデルを公開してよいかを判断します。
guide-purpose-reference = 参照データの作成：あなたの回答は参照用のデータセットになります。
# $reward is an amount of money ("$0.20"), $minutes a whole number, $hourly an amount of money.
guide-pay-line = 1タスク { $reward }（所要時間 約{ $minutes }分、時給換算 約{ $hourly }）。

## How each question is answered

guide-required = 必須です。
guide-optional = 任意です。
guide-required-when-shown = 表示されたときは必須です。
# $conditions is one or more guide-condition joined by "and".
guide-shown-only-when = { $conditions }の場合にのみ表示されます。
# $question is a question's prompt; $answers one or more answers joined by "or", each in quotes.
guide-condition = 「{ $question }」の回答が{ $answers }
guide-choose-one = 1つ選んでください。
guide-choose-all = 当てはまるものをすべて選んでください。
# $options: one or more option labels in quotes, joined by "or".
guide-exclusive = { $count ->
    [1] { $options }はほかの選択肢と一緒には選べません。選ぶと、ほかの選択は外れます。
   *[other] { $options }はほかの選択肢と一緒には選べません。どれかを選ぶと、ほかの選択は外れます。
}
guide-scale = { $min }～{ $max }の中から1つ選んでください。
guide-number = 数値で答えます。
guide-number-range = { $min }～{ $max }の数値で答えます。
guide-number-at-least = { $min }以上の数値で答えます。
guide-number-at-most = { $max }以下の数値で答えます。
guide-whole = 整数で答えます。
guide-whole-range = { $min }～{ $max }の整数で答えます。
guide-whole-at-least = { $min }以上の整数で答えます。
guide-whole-at-most = { $max }以下の整数で答えます。
# $unit is the unit the task names ("kg", "minutes"), in the task's words.
guide-unit = 単位：{ $unit }
guide-step = { $step }刻みです。
guide-text = 自由記述です。
guide-text-range = { $min }～{ $max }文字の自由記述です。
guide-text-at-least = { $min }文字以上の自由記述です。
guide-text-up-to = { $max }文字以内の自由記述です。
# Followed by the pattern, shown as code.
guide-text-pattern = 次のパターンに一致する必要があります：
# A is shown first: on the left (on the right in a right-to-left language), on a phone on top.
# $choices: the answers in quotes, joined by "or".
guide-pairwise = A（左側。スマートフォンでは上）と B を比べて、{ $choices }のどれかを選んでください。
guide-pairwise-no-tie = 引き分けはありません。少しでも良いほうを選んでください。

## The table of answers of a question

guide-col-point = 目盛り
guide-col-option = 選択肢
guide-col-option-key = 選択肢とキー
guide-col-key = キー
guide-col-meaning = 意味
guide-col-when = 選ぶとき
guide-col-examples = 例
guide-col-shown-in = 該当する例
guide-clears-others = （ほかの選択は外れます）
guide-shown-in = 該当する例：
guide-example-ref = 例 { $number }

## Worked examples

guide-examples-note = 各例では、タスク画面に表示されるとおりの項目と、想定される回答およびその理由を示します。
guide-example = 例 { $number }
guide-expected = 想定される回答
guide-why = 理由：
guide-col-question = 質問
guide-col-expected = 想定される回答
# After an answer, in the Markdown guidelines: the key that gives it.
guide-answer-key = （キー { $key }）
guide-image-not-https = 画像は表示されません（https のアドレスではありません）：{ $address }
guide-link-not-https = { $label }（https のアドレスではありません）：{ $address }
guide-media-not-https = メディアは表示されません（https のアドレスではありません）：{ $address }
guide-audio = 音声
guide-video = 動画

## The changelog table

guide-col-version = バージョン
guide-col-date = 日付
guide-col-change = 変更内容

## The example task `hitc init --language` writes: a task author's starting point,
## worker-facing text in the language. Product names may be adapted to the language.

scaffold-title = このレビューは肯定的ですか、否定的ですか？
scaffold-description = 短い商品レビューを読んで、書き手が商品をどう感じているかを答えてください。
scaffold-goal = 商品レビューについて、感情分析モデルの判定が人の判断とどのくらい一致するかを測ります。
scaffold-prior-work = まだありません。今回が最初のラベル付きデータです。
scaffold-field-product = レビュー対象の商品
scaffold-field-review = 購入者が書いたレビュー（原文のまま）
scaffold-prompt = 書き手はこの商品をどう感じていますか？
scaffold-positive = 肯定的
scaffold-positive-hint = 気に入っている、または人にすすめている。
scaffold-mixed = 賛否両方
scaffold-mixed-hint = ほめている点と不満な点の両方がある。
scaffold-negative = 否定的
scaffold-negative-hint = 気に入っていない、または人に注意を促している。
scaffold-comment-prompt = 判断しにくかった点があれば教えてください
# (The page adds page-optional after an optional question: do not repeat it here.)
# Markdown: ** marks bold.
scaffold-summary = あなた自身の感想ではなく、**書き手**が商品をどう感じているかで判断してください。
scaffold-section-title = 判断のしかた
scaffold-kettle = 電気ケトル
scaffold-example-1 = すぐ沸くし、見た目もおしゃれ。また買いたいです。
scaffold-example-1-why = ほめていて、また買いたいと書いている。
scaffold-example-2 = すぐ沸くけど、1週間でふたが壊れました。
scaffold-example-2-why = 良い点が1つ、深刻な不満が1つ。
scaffold-example-3 = 水漏れします。返品しました。
scaffold-example-3-why = 不具合があり、返品している。
scaffold-faq-q = レビューが商品についての内容ではありません。どう答えればよいですか？
# "Mixed" is scaffold-mixed.
scaffold-faq-a = 商品に対する書き手の気持ちだけで判断してください。それが読み取れない場合は「賛否両方」を選び、コメント欄にその旨を書いてください。
scaffold-changelog = 初版。
scaffold-toaster = トースター
scaffold-headphones = ヘッドホン
scaffold-desk-lamp = デスクライト
scaffold-blender = ミキサー
scaffold-sample-1 = ムラなく焼けるし、パンくずトレイも捨てやすい。
scaffold-sample-2 = 2週間で動かなくなりました。
scaffold-sample-3 = 音は最高。でも1時間つけていると耳が痛くなる。
scaffold-sample-4 = 今年いちばんの買い物！
scaffold-sample-5 = 明るさは十分だけど、安っぽい。
scaffold-sample-6 = 届いたときには壊れていて、サポートからは返事もありません。
scaffold-gold-1 = 氷も数秒で砕けます。最高！
scaffold-gold-1-why = はっきりほめている。
scaffold-gold-2 = 音がうるさいし、容器にひびが入った。
scaffold-gold-2-why = 不満が2つで、ほめている点はない。
scaffold-gold-3 = 性能はいいけど、すごくうるさい。
scaffold-gold-3-why = 良い点が1つ、不満が1つ。
# The guideline section file (Markdown). Keep the table's | and the ** marks.
scaffold-section-intro = 回答する前に、レビューを最後まで読んでください。
scaffold-section-column-review = レビューの内容
scaffold-section-column-answer = 回答
scaffold-section-row-positive = 商品をほめている、人にすすめている
scaffold-section-row-mixed = ほめている点もあれば、不満な点もある
scaffold-section-row-negative = 不満を述べている、注意を促している、返品に触れている
# $example is a sarcastic review quoted in the language; $answer is scaffold-negative in bold.
scaffold-section-sarcasm = 皮肉は、書き手が本当に言いたいことで判断します。「{ $example }」は{ $answer }です。
scaffold-sarcasm-example = さすがだね、初日で壊れたよ
