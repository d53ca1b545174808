### hitc's own words on the worker's page and in the guidelines: Russian (ru).
###
### Reference: en.ftl (same ids, same variables; its comments say where each string appears).
### Register: polite "вы" (lower case, as in most Russian interfaces), imperatives in the
### "вы" form ("Выберите", "Напишите"); short sentences for phone screens.
### Key terms: task (the page a worker does and is paid for) = "задание";
### item (one thing judged on it) = "элемент"; HIT = "HIT", only in script-mturk-*
### (MTurk's own word; its "Accept" button is named as it appears, in English).
### Plurals: CLDR one (1, 21, 101…), few (2–4, 22–24…), many (0, 5–20, 25…), other (fractions).
### Numerals govern case: "из 21 элемента", "из 5 элементов", "не менее 2 вариантов".
### Quotation marks: «ёлочки». Keys as printed on Russian keyboards: Ctrl, Enter, Esc, Tab.
### Translated by tr-east (machine-assisted, checked with fluent.syntax/fluent.runtime; not yet
### reviewed by a native speaker).

## The task page (task.html, preview.html)

page-preview-title = Предпросмотр
page-preview-banner = с примерами элементов: ваши ответы показываются на этой странице и никуда не отправляются.
page-instructions = Инструкция
page-item = Элемент
page-optional = (необязательно)
page-choose = Выберите…
page-feedback-label = Комментарий для заказчика
page-guidelines = Полная инструкция
page-guidelines-version = Полная инструкция (версия { $version })
page-guidelines-link = Откройте полную инструкцию.
page-faq = Вопросы и ответы
page-your-answers = Ваши ответы
page-answers-note = Ничего не отправлено. Если ответы вам нужны, скопируйте или скачайте их.
page-copy = Копировать
page-download = Скачать
page-shortcuts = Горячие клавиши
page-submit = Отправить
page-contact = Вопросы по заданию? Пишите на { $contact }.

## The keyboard shortcuts panel

page-legend-title = Горячие клавиши
page-legend-rule = Клавиша отвечает на вопрос, в котором вы находитесь, а если вы не в вопросе — на единственный или первый неотвеченный вопрос элемента с такой клавишей. Чтобы изменить ответ, сначала перейдите к нему клавишей Tab.
page-legend-moving = Перемещение
page-legend-next = следующий элемент
page-legend-previous = предыдущий элемент
page-legend-toggle = показать или скрыть эту подсказку
page-legend-submit = { $key } (на Mac — { $macKey }) отправляет ответы.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
page-legend-escape = { $key } — выйти из текстового поля (в нём горячие клавиши не работают).
page-legend-advance = Когда на элемент дан ответ, открывается следующий.
page-legend-close = Закрыть

## Choices hitc adds to questions

page-select-exactly = { $count ->
    [one] Выберите { $count } вариант.
    [few] Выберите { $count } варианта.
    [many] Выберите { $count } вариантов.
   *[other] Выберите { $count } варианта.
}
page-select-range = { $max ->
    [one] Выберите от { $min } до { $max } варианта.
   *[other] Выберите от { $min } до { $max } вариантов.
}
page-select-at-least = { $min ->
    [one] Выберите не менее { $min } варианта.
   *[other] Выберите не менее { $min } вариантов.
}
page-select-up-to = { $max ->
    [one] Выберите не более { $max } варианта.
   *[other] Выберите не более { $max } вариантов.
}
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A лучше
page-pairwise-b-better = B лучше
page-pairwise-same = Примерно одинаково

## Messages the page's script shows

script-item-title = Элемент { $number } из { $total }
script-item-answered = отвечено
script-progress = { $total ->
    [one] Отвечено: { $answered } из { $total } элемента
    [few] Отвечено: { $answered } из { $total } элементов
    [many] Отвечено: { $answered } из { $total } элементов
   *[other] Отвечено: { $answered } из { $total } элемента
}
script-items-unreadable = Не удалось прочитать элементы этого задания, поэтому его нельзя выполнить. Пожалуйста, верните задание.
script-items-too-many = { $count ->
    [one] В этом задании { $count } элемент, а допускается не больше { $limit }, поэтому его нельзя выполнить. Пожалуйста, верните задание.
    [few] В этом задании { $count } элемента, а допускается не больше { $limit }, поэтому его нельзя выполнить. Пожалуйста, верните задание.
    [many] В этом задании { $count } элементов, а допускается не больше { $limit }, поэтому его нельзя выполнить. Пожалуйста, верните задание.
   *[other] В этом задании { $count } элемента, а допускается не больше { $limit }, поэтому его нельзя выполнить. Пожалуйста, верните задание.
}
script-items-missing = В этом задании нет элементов, поэтому его нельзя выполнить. Пожалуйста, верните задание.
script-image-not-https = Изображение не показано (адрес не https)
script-image-failed = Не удалось загрузить изображение
script-link = Ссылка
script-link-not-https = { $label } (адрес не https)
script-media-not-https = Медиафайл не показан (адрес не https)
script-choose-answer = Выберите ответ.
script-choose-at-least = { $min ->
    [one] Выберите не менее { $min } варианта.
   *[other] Выберите не менее { $min } вариантов.
}
script-choose-at-least-now = { $min ->
    [one] Выберите не менее { $min } варианта (выбрано: { $count }).
   *[other] Выберите не менее { $min } вариантов (выбрано: { $count }).
}
script-choose-at-most-now = { $max ->
    [one] Выберите не более { $max } варианта (выбрано: { $count }).
   *[other] Выберите не более { $max } вариантов (выбрано: { $count }).
}
script-number = Введите число.
script-number-range = Введите число от { $min } до { $max }.
script-number-at-least = Введите число не меньше { $min }.
script-number-at-most = Введите число не больше { $max }.
script-number-whole = Введите целое число.
script-number-step = Введите число с шагом { $step }.
script-number-step-from = Введите число с шагом { $step }, начиная с { $from }.
script-text = Напишите ответ.
script-text-at-least = { $min ->
    [one] Напишите не менее { $min } символа (сейчас: { $count }).
   *[other] Напишите не менее { $min } символов (сейчас: { $count }).
}
script-text-at-most = { $max ->
    [one] Напишите не более { $max } символа (сейчас: { $count }).
   *[other] Напишите не более { $max } символов (сейчас: { $count }).
}
script-text-pattern = Ответ не в нужном формате.
script-key-elsewhere = Клавиша { $key }: чтобы изменить ответ, перейдите к вопросу клавишей Tab и нажмите её ещё раз.
script-attention = { $count ->
    [one] { $count } ответ требует внимания.
    [few] { $count } ответа требуют внимания.
    [many] { $count } ответов требуют внимания.
   *[other] { $count } ответа требуют внимания.
}
script-sending = Отправка…
script-submitting = Отправляем ответы…
script-send-failed = Не удалось отправить ответы ({ $reason }). Попробуйте ещё раз.
script-network-error = ошибка сети
script-sent = Спасибо! Ваши ответы отправлены.
script-copied = Скопировано.
script-copy-by-hand = Текст выделен: нажмите Ctrl+C, чтобы скопировать.
script-demo-items = Демонстрационные элементы: страница открыта без элементов задания.
script-preview-shown = Предпросмотр: ваши ответы показаны выше, ничего не отправлено.
script-answers-shown = Ваши ответы показаны выше, ничего не отправлено.
script-mturk-preview = Это предпросмотр. Чтобы начать, примите HIT (кнопка Accept): ответы, данные в предпросмотре, не сохраняются.
script-mturk-accept = Чтобы начать, примите HIT (кнопка Accept).
script-mturk-no-target = Эта страница собрана без поддержки MTurk, поэтому отправить её на MTurk нельзя. Пожалуйста, верните HIT.
script-mturk-bad-address = У этого HIT неверный адрес отправки, поэтому отправить ответы нельзя. Пожалуйста, верните HIT.
script-prolific-saved = Сохранено. Возвращаем вас в Prolific…

## The guidelines (guidelines.html, guidelines.md)

guide-title = Инструкция: { $title }
guide-kicker = Инструкция
guide-kicker-version = Инструкция · версия { $version }
guide-contents = Содержание
guide-purpose = Зачем нужно это задание
guide-summary = Коротко
guide-questions = Вопросы и варианты ответа
guide-examples = Разобранные примеры
guide-faq = Частые вопросы
guide-changelog = Что изменилось
guide-contact = Контакты
guide-section-unreadable = Не удалось прочитать текст этого раздела.
guide-contact-line = Вопросы по заданию или инструкции? Пишите на { $contact }.

## Facts about the task, at the top of the guidelines

guide-fact-purpose = Назначение
guide-fact-goal = Цель
guide-fact-metric = Как измеряется
guide-fact-pay = Оплата
guide-purpose-training = Обучение: на ваших ответах учится модель машинного обучения.
guide-purpose-evaluation = Оценка: ваши ответы показывают, насколько хорошо работает система.
guide-purpose-model-qa = Проверка качества модели: по вашим ответам решают, готова ли модель к выпуску.
guide-purpose-reference = Эталонный набор: из ваших ответов составят эталонный набор данных.
guide-pay-line = { $minutes ->
    [one] { $reward } за задание примерно на { $minutes } минуту — около { $hourly } в час.
    [few] { $reward } за задание примерно на { $minutes } минуты — около { $hourly } в час.
    [many] { $reward } за задание примерно на { $minutes } минут — около { $hourly } в час.
   *[other] { $reward } за задание примерно на { $minutes } минуты — около { $hourly } в час.
}

## How each question is answered

guide-required = Ответ обязателен.
guide-optional = Ответ необязателен.
guide-required-when-shown = Ответ обязателен, если вопрос показан.
guide-shown-only-when = Показывается, только если { $conditions }.
guide-condition = на вопрос «{ $question }» дан ответ { $answers }
guide-choose-one = Выберите один вариант.
guide-choose-all = Выберите все подходящие варианты.
guide-exclusive = { $count ->
    [one] Вариант { $options } выбирается только отдельно: если выбрать его, остальные отметки снимаются.
   *[other] Варианты { $options } выбираются только отдельно: если выбрать любой из них, остальные отметки снимаются.
}
guide-scale = Выберите оценку от { $min } до { $max }.
guide-number = Число.
guide-number-range = Число от { $min } до { $max }.
guide-number-at-least = Число не меньше { $min }.
guide-number-at-most = Число не больше { $max }.
guide-whole = Целое число.
guide-whole-range = Целое число от { $min } до { $max }.
guide-whole-at-least = Целое число не меньше { $min }.
guide-whole-at-most = Целое число не больше { $max }.
guide-unit = Единица измерения: { $unit }.
guide-step = С шагом { $step }.
guide-text = Свободный текст.
guide-text-range = { $max ->
    [one] Свободный текст от { $min } до { $max } символа.
   *[other] Свободный текст от { $min } до { $max } символов.
}
guide-text-at-least = { $min ->
    [one] Свободный текст не менее { $min } символа.
   *[other] Свободный текст не менее { $min } символов.
}
guide-text-up-to = { $max ->
    [one] Свободный текст не более { $max } символа.
   *[other] Свободный текст не более { $max } символов.
}
guide-text-pattern = Ответ должен соответствовать шаблону
guide-pairwise = Сравните A (слева, на телефоне — сверху) с B и выберите { $choices }.
guide-pairwise-no-tie = Ничьей не бывает: выберите тот вариант, который хоть немного лучше.

## The table of answers of a question

guide-col-point = Балл
guide-col-option = Вариант
guide-col-option-key = Вариант и клавиша
guide-col-key = Клавиша
guide-col-meaning = Значение
guide-col-when = Когда выбирать
guide-col-examples = Примеры
guide-col-shown-in = Есть в примере
guide-clears-others = (снимает остальные)
guide-shown-in = Есть в примерах
guide-example-ref = Пример { $number }

## Worked examples

guide-examples-note = В каждом примере элемент показан так, как он выглядит на странице задания, а ниже — ожидаемые ответы и объяснение.
guide-example = Пример { $number }
guide-expected = Ожидаемые ответы
guide-why = Почему:
guide-col-question = Вопрос
guide-col-expected = Ожидаемый ответ
guide-answer-key = (клавиша { $key })
guide-image-not-https = Изображение не показано (адрес не https): { $address }
guide-link-not-https = { $label } (адрес не https): { $address }
guide-media-not-https = Медиафайл не показан (адрес не https): { $address }
guide-audio = Аудио
guide-video = Видео

## The changelog table

guide-col-version = Версия
guide-col-date = Дата
guide-col-change = Изменение

## The example task `hitc init --language ru` writes.

scaffold-title = Отзыв положительный или отрицательный?
scaffold-description = Прочитайте короткий отзыв о товаре и определите, как автор к нему относится.
scaffold-goal = Узнать, как часто модель анализа тональности согласна с людьми в оценке отзывов о товарах.
scaffold-prior-work = Пока нет: это первый размеченный набор.
scaffold-field-product = Товар, о котором отзыв
scaffold-field-review = Отзыв в том виде, в каком его написал покупатель
scaffold-prompt = Как автор относится к товару?
scaffold-positive = Положительно
scaffold-positive-hint = Товар нравится, автор его рекомендует.
scaffold-mixed = Неоднозначно
scaffold-mixed-hint = Есть и похвала, и жалобы.
scaffold-negative = Отрицательно
scaffold-negative-hint = Товар не нравится, автор предостерегает других.
# The page adds page-optional after an optional question's prompt, so it is not repeated here.
scaffold-comment-prompt = Что-то мешало оценить отзыв?
scaffold-summary = Определите, как к товару относится **автор** отзыва, а не вы сами.
scaffold-section-title = Как оценивать
scaffold-kettle = Чайник
scaffold-example-1 = Быстро закипает и отлично выглядит. Куплю ещё раз.
scaffold-example-1-why = Похвала и готовность купить снова.
scaffold-example-2 = Закипает быстро, но через неделю сломалась крышка.
scaffold-example-2-why = Одно достоинство и одна серьёзная жалоба.
scaffold-example-3 = Протекает. Сдал обратно в магазин.
scaffold-example-3-why = Брак и возврат.
scaffold-faq-q = Отзыв не о товаре. Что отвечать?
scaffold-faq-a = Оценивайте только отношение автора к товару; если его не видно, ответьте «Неоднозначно» и напишите об этом в комментарии.
scaffold-changelog = Первая версия.
scaffold-toaster = Тостер
scaffold-headphones = Наушники
scaffold-desk-lamp = Настольная лампа
scaffold-blender = Блендер
scaffold-sample-1 = Поджаривает равномерно, поддон для крошек легко вытряхнуть.
scaffold-sample-2 = Перестал работать через две недели.
scaffold-sample-3 = Звук отличный, но через час начинают давить на уши.
scaffold-sample-4 = Лучшая покупка за этот год!
scaffold-sample-5 = Светит достаточно ярко, но на ощупь дешёвая.
scaffold-sample-6 = Пришла разбитой, а поддержка так и не ответила.
scaffold-gold-1 = Дробит лёд за секунды. Обожаю его.
scaffold-gold-1-why = Явная похвала.
scaffold-gold-2 = Шумный, и чаша треснула.
scaffold-gold-2-why = Две жалобы и ни одной похвалы.
scaffold-gold-3 = Работает хорошо, но очень шумный.
scaffold-gold-3-why = Одно достоинство и одна жалоба.
scaffold-section-intro = Прежде чем отвечать, прочитайте отзыв целиком.
scaffold-section-column-review = Отзыв…
scaffold-section-column-answer = Ответ
scaffold-section-row-positive = хвалит товар, рекомендует его
scaffold-section-row-mixed = что-то хвалит, а на что-то жалуется
scaffold-section-row-negative = жалуется, предостерегает других, пишет о возврате
scaffold-section-sarcasm = Сарказм понимайте так, как его имел в виду автор: «{ $example }» — это { $answer }.
scaffold-sarcasm-example = Супер, сломался в первый же день
