### hitc's own words on the worker's page and in the guidelines: Simplified Chinese (zh-Hans).
###
### Register: polite, addressing the worker as 您, requests with 请; short
### sentences as in mainland Chinese app UI. Full-width punctuation (，。：；（）？！),
### quotation marks “ ”, a space between Chinese and Latin letters or numbers.
### Plurals: CLDR gives zh only the category "other", so no sentence uses a plural
### selector; guide-exclusive selects on the exact number [1] (one option or
### several), because the wording differs.
### Key terms: task (the page a worker does and is paid for) = 任务; item (one
### thing judged on it) = 条目, counted with 条 or 个; question = 问题; answer
### = 回答 (the worker's) / 答案 (to choose); option = 选项; guidelines = 指南;
### requester = 发布者; HIT = HIT (only in script-mturk-*), "accept" = 接受（Accept）.
### Translation: machine-assisted by the tr-asia helper, checked with
### fluent.syntax/fluent.runtime; not reviewed by a native speaker yet.

## The task page (task.html, preview.html)

page-preview-title = 预览
page-preview-banner = 正在使用示例条目。您的回答只会显示在本页，不会提交。
page-instructions = 任务说明
# The caption of an item before the script numbers it.
page-item = 条目
page-optional = （选填）
# The first entry of a drop-down list of answers.
page-choose = 请选择…
page-feedback-label = 给发布者的意见
page-guidelines = 完整指南
page-guidelines-version = 完整指南（版本 { $version }）
page-guidelines-link = 查看完整指南
page-faq = 常见问题
page-your-answers = 您的回答
page-answers-note = 没有提交任何内容。如有需要，请复制或下载这些回答。
page-copy = 复制
page-download = 下载
# The button that shows the keyboard shortcuts (the "?" key is shown after it).
page-shortcuts = 快捷键
page-submit = 提交
# $contact is an e-mail address, shown as a link.
page-contact = 对此任务有疑问？请发邮件至 { $contact }。

## The keyboard shortcuts panel

page-legend-title = 键盘快捷键
page-legend-rule = 按键会回答您当前所在的问题；如果不在任何问题中，则回答本条目中使用该键的唯一一个问题，或第一个未回答的问题。如需修改回答，请先按 Tab 键进入该问题。
page-legend-moving = 移动
page-legend-next = 下一条
page-legend-previous = 上一条
page-legend-toggle = 显示或隐藏快捷键
# $key is "Ctrl+Enter", $macKey is "⌘+Enter", each shown as a key.
page-legend-submit = 按 { $key } 提交（Mac 上按 { $macKey }）。
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
# $key is "Esc", shown as a key.
page-legend-escape = 按 { $key } 离开文本框（在文本框中快捷键不起作用）。
page-legend-advance = 回答完一个条目后，会自动进入下一条。
page-legend-close = 关闭

## Choices hitc adds to questions

# How many options of a multiple-choice question to tick.
page-select-exactly = 请选择 { $count } 项。
page-select-range = 请选择 { $min } 到 { $max } 项。
page-select-at-least = 请至少选择 { $min } 项。
page-select-up-to = 最多可选择 { $max } 项。
# The two sides of a pairwise comparison, and its default answers.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A 更好
page-pairwise-b-better = B 更好
page-pairwise-same = 差不多

## Messages the page's script shows

script-item-title = 第 { $number } 条，共 { $total } 条
# After an item's title once its required answers are given, after a check mark ("✓ answered").
script-item-answered = 已回答
script-progress = 已回答 { $answered } 条，共 { $total } 条
script-items-unreadable = 无法读取此任务的条目，因此无法完成。请退回此任务。
script-items-too-many = 此任务有 { $count } 个条目，超过了上限（{ $limit } 个），因此无法完成。请退回此任务。
script-items-missing = 此任务缺少条目，因此无法完成。请退回此任务。
script-image-not-https = 图片未显示（不是 https 地址）
script-image-failed = 图片无法加载
script-link = 链接
# $label is the link's caption from the task.
script-link-not-https = { $label }（不是 https 地址）
script-media-not-https = 媒体未显示（不是 https 地址）
script-choose-answer = 请选择答案。
script-choose-at-least = 请至少选择 { $min } 项。
script-choose-at-least-now = 请至少选择 { $min } 项（当前 { $count } 项）。
script-choose-at-most-now = 最多只能选择 { $max } 项（当前 { $count } 项）。
script-number = 请输入数字。
script-number-range = 请输入 { $min } 到 { $max } 之间的数字。
script-number-at-least = 请输入不小于 { $min } 的数字。
script-number-at-most = 请输入不大于 { $max } 的数字。
script-number-whole = 请输入整数。
script-number-step = 请输入 { $step } 的整数倍。
script-number-step-from = 请从 { $from } 开始，按 { $step } 的间隔输入数字。
script-text = 请填写回答。
script-text-at-least = 请至少输入 { $min } 个字符（当前 { $count } 个）。
script-text-at-most = 最多输入 { $max } 个字符（当前 { $count } 个）。
script-text-pattern = 此回答的格式不符合要求。
# $key is the letter or digit pressed.
script-key-elsewhere = { $key } 键：如需修改，请先按 Tab 键进入该问题，再按此键。
script-attention = 有 { $count } 个回答需要检查。
script-sending = 正在发送…
script-submitting = 正在提交…
# $reason is what the browser said, in English, or script-network-error.
script-send-failed = 您的回答未能发送（{ $reason }）。请重试。
script-network-error = 网络错误
script-sent = 谢谢！您的回答已发送。
script-copied = 已复制。
script-copy-by-hand = 已选中：请按 Ctrl+C 复制。
script-demo-items = 演示条目：此页面打开时没有任务的条目。
script-preview-shown = 预览：您的回答显示在上方，没有发送任何内容。
script-answers-shown = 您的回答显示在上方，没有发送任何内容。
# MTurk: "accept" is the platform's own word for taking a HIT.
script-mturk-preview = 这是预览。接受（Accept）此 HIT 后即可开始；预览中填写的回答不会保留。
script-mturk-accept = 接受（Accept）此 HIT 后即可开始。
script-mturk-no-target = 此页面不是为 MTurk 生成的，因此无法在 MTurk 上提交。请退回此 HIT。
script-mturk-bad-address = 此 HIT 的提交地址无效，因此无法提交。请退回此 HIT。
script-prolific-saved = 已保存，正在返回 Prolific…

## The guidelines (guidelines.html, guidelines.md)

# The window title; $title is the task's title.
guide-title = 指南：{ $title }
guide-kicker = 指南
guide-kicker-version = 指南 · 版本 { $version }
guide-contents = 目录
guide-purpose = 此任务的目的
guide-summary = 要点
guide-questions = 问题及回答方式
guide-examples = 示例详解
guide-faq = 常见问题
guide-changelog = 更新记录
guide-contact = 联系方式
guide-section-unreadable = 无法读取本节的内容。
guide-contact-line = 对此任务或本指南有疑问？请发邮件至 { $contact }。

## Facts about the task, at the top of the guidelines

guide-fact-purpose = 用途
guide-fact-goal = 目标
guide-fact-metric = 衡量指标
guide-fact-pay = 报酬
guide-purpose-training = 训练：您的回答将用于训练机器学习模型。
guide-purpose-evaluation = 评估：您的回答将用于衡量系统的效果。
guide-purpose-model-qa = 模型质量检查：您的回答将决定模型是否达到发布标准。
guide-purpose-reference = 参考数据收集：您的回答将成为参考数据集。
# $reward is an amount of money ("$0.20"), $minutes a whole number, $hourly an amount of money.
guide-pay-line = 每个任务 { $reward }，约需 { $minutes } 分钟，折合每小时约 { $hourly }。

## How each question is answered

guide-required = 必填。
guide-optional = 选填。
guide-required-when-shown = 显示时必填。
# $conditions is one or more guide-condition joined by "and".
guide-shown-only-when = 仅在{ $conditions }时显示。
# $question is a question's prompt; $answers one or more answers joined by "or", each in quotes.
guide-condition = “{ $question }”的回答为{ $answers }
guide-choose-one = 选择一项。
guide-choose-all = 选择所有符合的选项。
# $options: one or more option labels in quotes, joined by "or".
guide-exclusive = { $count ->
    [1] { $options }只能单独选择：选中它会清除其他选项。
   *[other] { $options }只能单独选择：选中其中任何一项都会清除其他选项。
}
guide-scale = 从 { $min } 到 { $max } 中选择一个分值。
guide-number = 填写数字。
guide-number-range = 填写 { $min } 到 { $max } 之间的数字。
guide-number-at-least = 填写不小于 { $min } 的数字。
guide-number-at-most = 填写不大于 { $max } 的数字。
guide-whole = 填写整数。
guide-whole-range = 填写 { $min } 到 { $max } 之间的整数。
guide-whole-at-least = 填写不小于 { $min } 的整数。
guide-whole-at-most = 填写不大于 { $max } 的整数。
# $unit is the unit the task names ("kg", "minutes"), in the task's words.
guide-unit = 单位：{ $unit }
guide-step = 间隔为 { $step }。
guide-text = 自由填写。
guide-text-range = 自由填写，{ $min } 到 { $max } 个字符。
guide-text-at-least = 自由填写，至少 { $min } 个字符。
guide-text-up-to = 自由填写，最多 { $max } 个字符。
# Followed by the pattern, shown as code.
guide-text-pattern = 必须符合以下格式：
# A is shown first: on the left (on the right in a right-to-left language), on a phone on top.
# $choices: the answers in quotes, joined by "or".
guide-pairwise = 比较 A（在左侧；手机上在上方）和 B，然后选择{ $choices }。
guide-pairwise-no-tie = 不能选平局：哪一个哪怕只好一点点，就选哪一个。

## The table of answers of a question

guide-col-point = 分值
guide-col-option = 选项
guide-col-option-key = 选项和按键
guide-col-key = 按键
guide-col-meaning = 含义
guide-col-when = 何时选择
guide-col-examples = 示例
guide-col-shown-in = 见示例
guide-clears-others = （会清除其他选项）
guide-shown-in = 见
guide-example-ref = 示例 { $number }

## Worked examples

guide-examples-note = 每个示例先展示条目在任务页面上的样子，再给出我们期望的回答及理由。
guide-example = 示例 { $number }
guide-expected = 期望的回答
guide-why = 理由：
guide-col-question = 问题
guide-col-expected = 期望的回答
# After an answer, in the Markdown guidelines: the key that gives it.
guide-answer-key = （按键 { $key }）
guide-image-not-https = 图片未显示（不是 https 地址）：{ $address }
guide-link-not-https = { $label }（不是 https 地址）：{ $address }
guide-media-not-https = 媒体未显示（不是 https 地址）：{ $address }
guide-audio = 音频
guide-video = 视频

## The changelog table

guide-col-version = 版本
guide-col-date = 日期
guide-col-change = 变更内容

## The example task `hitc init --language` writes: a task author's starting point,
## worker-facing text in the language. Product names may be adapted to the language.

scaffold-title = 这条评价是正面还是负面？
scaffold-description = 阅读一条简短的商品评价，判断作者对商品的感受。
scaffold-goal = 衡量情感模型对商品评价的判断与人工判断的一致程度。
scaffold-prior-work = 暂无；这是第一批标注数据。
scaffold-field-product = 被评价的商品
scaffold-field-review = 顾客撰写的评价原文
scaffold-prompt = 作者对这件商品的感受如何？
scaffold-positive = 正面
scaffold-positive-hint = 喜欢这件商品，或者推荐它。
scaffold-mixed = 褒贬不一
scaffold-mixed-hint = 既有称赞，也有抱怨。
scaffold-negative = 负面
scaffold-negative-hint = 不喜欢这件商品，或者提醒别人别买。
scaffold-comment-prompt = 有没有让您难以判断的地方？
# (The page adds page-optional after an optional question: do not repeat it here.)
# Markdown: ** marks bold.
scaffold-summary = 请判断**作者**对商品的感受，而不是您自己的感受。
scaffold-section-title = 如何判断
scaffold-kettle = 电热水壶
scaffold-example-1 = 烧水很快，颜值也高，还会回购。
scaffold-example-1-why = 有称赞，还表示会回购。
scaffold-example-2 = 烧水很快，但盖子用了一周就坏了。
scaffold-example-2-why = 一个优点，一个严重的问题。
scaffold-example-3 = 漏水，已经退货了。
scaffold-example-3-why = 有质量问题，而且退了货。
scaffold-faq-q = 评价内容和商品无关，我该怎么回答？
# "Mixed" is scaffold-mixed.
scaffold-faq-a = 只判断作者对商品本身的感受；如果看不出来，请选择“褒贬不一”，并在备注里写明原因。
scaffold-changelog = 第一版。
scaffold-toaster = 烤面包机
scaffold-headphones = 耳机
scaffold-desk-lamp = 台灯
scaffold-blender = 料理机
scaffold-sample-1 = 烤得很均匀，面包屑托盘也很好清理。
scaffold-sample-2 = 用了两周就坏了。
scaffold-sample-3 = 音质很棒，但戴一个小时耳朵就疼。
scaffold-sample-4 = 今年买过最值的东西！
scaffold-sample-5 = 亮度够用，就是做工显得廉价。
scaffold-sample-6 = 收到时就是坏的，客服一直没回复。
scaffold-gold-1 = 几秒钟就能把冰打碎，太爱了。
scaffold-gold-1-why = 明确的称赞。
scaffold-gold-2 = 噪音大，杯子还裂了。
scaffold-gold-2-why = 两处抱怨，没有称赞。
scaffold-gold-3 = 挺好用，就是噪音太大。
scaffold-gold-3-why = 一个优点，一处抱怨。
# The guideline section file (Markdown). Keep the table's | and the ** marks.
scaffold-section-intro = 回答前请读完整条评价。
scaffold-section-column-review = 评价内容
scaffold-section-column-answer = 回答
scaffold-section-row-positive = 称赞商品，推荐购买
scaffold-section-row-mixed = 有称赞，也有抱怨
scaffold-section-row-negative = 抱怨，提醒别人，提到退货
# $example is a sarcastic review quoted in the language; $answer is scaffold-negative in bold.
scaffold-section-sarcasm = 反讽按作者的真实意思判断：“{ $example }”属于{ $answer }。
scaffold-sarcasm-example = 真棒，第一天就坏了
