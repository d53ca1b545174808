### hitc: las palabras propias de hitc en la página de la tarea y en la guía. Español.
###
### Registro: tú (imperativo de tú: «Elige», «Escribe»), como en la mayoría de las
### aplicaciones en español; español neutro, legible en España y en América Latina
### («presiona», «teléfono», «video»).
### Términos: task = «tarea» (la página que se hace y se paga); item = «elemento» (cada
### cosa que se juzga en ella); HIT = «HIT», solo en los mensajes script-mturk-* (palabra
### de MTurk); guidelines = «guía»; requester = «solicitante».
### Comillas: “ ” (las de CLDR para es, las mismas que hitc pone a las respuestas citadas). Teclas: Ctrl+Enter, Esc.
### Referencia: en.ftl (sus comentarios dicen dónde aparece cada texto).
### Traducción asistida por máquina (tr-west); sin revisión de un hablante nativo.

## La página de la tarea (task.html, preview.html)

page-preview-title = Vista previa
# Sigue a «Vista previa» en negrita.
page-preview-banner = con elementos de ejemplo: tus respuestas se muestran en esta página, no se envían.
page-instructions = Instrucciones
page-item = Elemento
page-optional = (opcional)
page-choose = Elige…
page-feedback-label = Comentarios para el solicitante
page-guidelines = Guía completa
page-guidelines-version = Guía completa (versión { $version })
page-guidelines-link = Consulta la guía completa.
page-faq = Preguntas y respuestas
page-your-answers = Tus respuestas
page-answers-note = No se envió nada. Copia o descarga estas respuestas si las necesitas.
page-copy = Copiar
page-download = Descargar
page-shortcuts = Atajos
page-submit = Enviar
page-contact = ¿Tienes dudas sobre esta tarea? Escribe a { $contact }.

## El panel de atajos de teclado

page-legend-title = Atajos de teclado
page-legend-rule = Una tecla responde a la pregunta en la que estás; si no, a la pregunta del elemento que usa esa tecla (la única o la primera sin responder). Para cambiar una respuesta, ve primero a ella con Tab.
page-legend-moving = Desplazarse
page-legend-next = elemento siguiente
page-legend-previous = elemento anterior
page-legend-toggle = mostrar u ocultar estos atajos
page-legend-submit = { $key } ({ $macKey } en Mac) envía la tarea.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
page-legend-escape = { $key } sale del cuadro de texto (dentro, los atajos no funcionan).
page-legend-advance = Al responder un elemento, se pasa al siguiente.
page-legend-close = Cerrar

## Opciones que hitc añade a las preguntas

page-select-exactly = Elige { $count }.
page-select-range = Elige de { $min } a { $max }.
page-select-at-least = Elige al menos { $min }.
page-select-up-to = Elige hasta { $max }.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A es mejor
page-pairwise-b-better = B es mejor
page-pairwise-same = Más o menos igual

## Mensajes del script de la página

script-item-title = Elemento { $number } de { $total }
# Tras el título de un elemento ya respondido, después de una marca ("✓ respondido").
script-item-answered = respondido
script-progress = { $total ->
    [one] { $answered } de { $total } elemento respondido
   *[other] { $answered } de { $total } elementos respondidos
}
script-items-unreadable = No se pudieron leer los elementos de esta tarea, así que no se puede hacer. Por favor, devuélvela.
script-items-too-many = Esta tarea tiene { $count } elementos, más que su máximo de { $limit }, así que no se puede hacer. Por favor, devuélvela.
script-items-missing = Faltan los elementos de esta tarea, así que no se puede hacer. Por favor, devuélvela.
script-image-not-https = Imagen no mostrada (la dirección no es https)
script-image-failed = No se pudo cargar la imagen
script-link = Enlace
script-link-not-https = { $label } (la dirección no es https)
script-media-not-https = Contenido no mostrado (la dirección no es https)
script-choose-answer = Elige una respuesta.
script-choose-at-least = { $min ->
    [one] Elige al menos { $min } opción.
   *[other] Elige al menos { $min } opciones.
}
script-choose-at-least-now = { $min ->
    [one] Elige al menos { $min } opción (has elegido { $count }).
   *[other] Elige al menos { $min } opciones (has elegido { $count }).
}
script-choose-at-most-now = { $max ->
    [one] Elige como máximo { $max } opción (has elegido { $count }).
   *[other] Elige como máximo { $max } opciones (has elegido { $count }).
}
script-number = Escribe un número.
script-number-range = Escribe un número del { $min } al { $max }.
script-number-at-least = Escribe un número igual o mayor que { $min }.
script-number-at-most = Escribe un número igual o menor que { $max }.
script-number-whole = Escribe un número entero.
script-number-step = Escribe un número en incrementos de { $step }.
script-number-step-from = Escribe un número en incrementos de { $step } a partir de { $from }.
script-text = Escribe una respuesta.
script-text-at-least = { $min ->
    [one] Escribe al menos { $min } carácter (llevas { $count }).
   *[other] Escribe al menos { $min } caracteres (llevas { $count }).
}
script-text-at-most = { $max ->
    [one] Escribe como máximo { $max } carácter (llevas { $count }).
   *[other] Escribe como máximo { $max } caracteres (llevas { $count }).
}
script-text-pattern = Esta respuesta no tiene el formato esperado.
script-key-elsewhere = Tecla { $key }: para cambiar esa respuesta, ve a su pregunta con Tab y vuelve a presionarla.
script-attention = { $count ->
    [one] Revisa una respuesta.
   *[other] Revisa { $count } respuestas.
}
script-sending = Enviando…
script-submitting = Enviando respuestas…
# $reason es lo que dijo el navegador, en inglés, o script-network-error.
script-send-failed = No se pudieron enviar tus respuestas ({ $reason }). Inténtalo de nuevo.
script-network-error = error de red
script-sent = ¡Gracias! Tus respuestas se enviaron.
script-copied = Copiado.
script-copy-by-hand = Texto seleccionado: presiona Ctrl+C para copiarlo.
script-demo-items = Elementos de demostración: la página se abrió sin los elementos de una tarea.
script-preview-shown = Vista previa: tus respuestas se muestran arriba; no se envió nada.
script-answers-shown = Tus respuestas se muestran arriba; no se envió nada.
script-mturk-preview = Esto es una vista previa. Acepta el HIT para empezar: las respuestas de la vista previa no se guardan.
script-mturk-accept = Acepta el HIT para empezar.
script-mturk-no-target = Esta página se creó sin el destino MTurk, así que no se puede enviar en MTurk. Por favor, devuelve el HIT.
script-mturk-bad-address = La dirección de envío de este HIT no es válida, así que no se puede enviar. Por favor, devuelve el HIT.
script-prolific-saved = Guardado. Volviendo a Prolific…

## La guía (guidelines.html, guidelines.md)

guide-title = Guía: { $title }
guide-kicker = Guía
guide-kicker-version = Guía · versión { $version }
guide-contents = Contenido
guide-purpose = Para qué sirve esta tarea
guide-summary = En resumen
guide-questions = Las preguntas y sus respuestas
guide-examples = Ejemplos resueltos
guide-faq = Preguntas frecuentes
guide-changelog = Cambios
guide-contact = Contacto
guide-section-unreadable = No se pudo leer el texto de esta sección.
guide-contact-line = ¿Tienes dudas sobre esta tarea o esta guía? Escribe a { $contact }.

## Datos de la tarea, al principio de la guía

guide-fact-purpose = Finalidad
guide-fact-goal = Objetivo
guide-fact-metric = Se mide con
guide-fact-pay = Pago
guide-purpose-training = Entrenamiento: tus respuestas enseñan a un modelo de aprendizaje automático.
guide-purpose-evaluation = Evaluación: tus respuestas miden lo bien que funciona un sistema.
guide-purpose-model-qa = Control de calidad de un modelo: tus respuestas deciden si el modelo es lo bastante bueno para publicarlo.
guide-purpose-reference = Colección de referencia: tus respuestas forman un conjunto de datos de referencia.
# $reward y $hourly son importes ya formateados; $minutes, un número entero.
guide-pay-line = { $minutes ->
    [one] { $reward } por tarea de { $minutes } minuto aproximadamente, unos { $hourly } por hora.
   *[other] { $reward } por tarea de unos { $minutes } minutos, unos { $hourly } por hora.
}

## Cómo se responde cada pregunta

guide-required = Obligatoria.
guide-optional = Opcional.
guide-required-when-shown = Obligatoria cuando aparece.
# $conditions: una o más guide-condition unidas por «y».
guide-shown-only-when = Solo aparece si { $conditions }.
guide-condition = la respuesta a “{ $question }” es { $answers }
guide-choose-one = Elige una.
guide-choose-all = Elige todas las que correspondan.
guide-exclusive = { $count ->
    [one] { $options } no se combina con otras: al elegirla se desmarcan las demás opciones.
   *[other] { $options } no se combinan con otras: al elegir una se desmarcan las demás opciones.
}
guide-scale = Elige un punto del { $min } al { $max }.
guide-number = Un número.
guide-number-range = Un número del { $min } al { $max }.
guide-number-at-least = Un número igual o mayor que { $min }.
guide-number-at-most = Un número igual o menor que { $max }.
guide-whole = Un número entero.
guide-whole-range = Un número entero del { $min } al { $max }.
guide-whole-at-least = Un número entero igual o mayor que { $min }.
guide-whole-at-most = Un número entero igual o menor que { $max }.
guide-unit = Unidad: { $unit }.
guide-step = En incrementos de { $step }.
guide-text = Texto libre.
guide-text-range = { $max ->
    [one] Texto libre de { $min } a { $max } carácter.
   *[other] Texto libre de { $min } a { $max } caracteres.
}
guide-text-at-least = { $min ->
    [one] Texto libre de al menos { $min } carácter.
   *[other] Texto libre de al menos { $min } caracteres.
}
guide-text-up-to = { $max ->
    [one] Texto libre de hasta { $max } carácter.
   *[other] Texto libre de hasta { $max } caracteres.
}
# Le sigue el patrón, como código.
guide-text-pattern = Debe seguir el patrón
guide-pairwise = Compara A (a la izquierda; en un teléfono, arriba) con B y elige { $choices }.
guide-pairwise-no-tie = No hay empate posible: elige la que sea mejor, aunque sea por poco.

## La tabla de respuestas de una pregunta

guide-col-point = Punto
guide-col-option = Opción
guide-col-option-key = Opción y tecla
guide-col-key = Tecla
guide-col-meaning = Significado
guide-col-when = Cuándo elegirla
guide-col-examples = Ejemplos
guide-col-shown-in = Aparece en el ejemplo
guide-clears-others = (desmarca las demás)
guide-shown-in = Aparece en
guide-example-ref = Ejemplo { $number }

## Ejemplos resueltos

guide-examples-note = Cada ejemplo muestra un elemento tal como aparece en la página de la tarea y, después, las respuestas que esperamos y por qué.
guide-example = Ejemplo { $number }
guide-expected = Respuestas esperadas
guide-why = Por qué:
guide-col-question = Pregunta
guide-col-expected = Respuesta esperada
guide-answer-key = (tecla { $key })
guide-image-not-https = Imagen no mostrada (la dirección no es https): { $address }
guide-link-not-https = { $label } (la dirección no es https): { $address }
guide-media-not-https = Contenido no mostrado (la dirección no es https): { $address }
guide-audio = Audio
guide-video = Video

## La tabla de cambios

guide-col-version = Versión
guide-col-date = Fecha
guide-col-change = Cambio

## La tarea de ejemplo que escribe `hitc init --language es`. Productos: hervidor (m.),
## tostadora (f.), auriculares (m. pl.), lámpara (f.), licuadora (f.): las reseñas concuerdan.

scaffold-title = ¿Esta reseña es positiva o negativa?
scaffold-description = Lee una reseña breve de un producto e indica qué opina de él quien la escribió.
scaffold-goal = Medir con qué frecuencia el modelo de análisis de sentimiento coincide con las personas en reseñas de productos.
scaffold-prior-work = Ninguno todavía; este es el primer conjunto etiquetado.
scaffold-field-product = El producto reseñado
scaffold-field-review = La reseña tal como la escribió el cliente
scaffold-prompt = ¿Cómo es la opinión de quien escribe sobre el producto?
scaffold-positive = Positiva
scaffold-positive-hint = Le gusta o lo recomienda.
scaffold-mixed = Mixta
scaffold-mixed-hint = Tiene elogios y quejas.
scaffold-negative = Negativa
scaffold-negative-hint = No le gusta o advierte a otros.
scaffold-comment-prompt = ¿Hubo algo que te hiciera difícil decidir?
scaffold-summary = Decide qué opina del producto **quien escribe** la reseña, no lo que opinas tú.
scaffold-section-title = Cómo decidir
scaffold-kettle = Hervidor eléctrico
scaffold-example-1 = Hierve rápido y es precioso. Lo volvería a comprar.
scaffold-example-1-why = Elogios y ganas de volver a comprarlo.
scaffold-example-2 = Hierve rápido, pero la tapa se rompió a la semana.
scaffold-example-2-why = Un punto a favor y una queja seria.
scaffold-example-3 = Pierde agua. Lo devolví.
scaffold-example-3-why = Un defecto y una devolución.
scaffold-faq-q = La reseña no habla del producto. ¿Qué respondo?
scaffold-faq-a = Juzga solo lo que opina del producto quien escribe; si no opina nada, responde Mixta y explícalo en el comentario.
scaffold-changelog = Primera versión.
scaffold-toaster = Tostadora
scaffold-headphones = Auriculares
scaffold-desk-lamp = Lámpara de escritorio
scaffold-blender = Licuadora
scaffold-sample-1 = Tuesta de manera uniforme y la bandeja de las migas es fácil de vaciar.
scaffold-sample-2 = Dejó de funcionar a las dos semanas.
scaffold-sample-3 = Suenan genial, pero a la hora ya me duelen los oídos.
scaffold-sample-4 = ¡La mejor compra del año!
scaffold-sample-5 = Ilumina bastante, pero parece de mala calidad.
scaffold-sample-6 = Llegó rota y atención al cliente nunca respondió.
scaffold-gold-1 = Tritura hielo en segundos. Me encanta.
scaffold-gold-1-why = Un elogio claro.
scaffold-gold-2 = Hace mucho ruido y el vaso se agrietó.
scaffold-gold-2-why = Dos quejas y ningún elogio.
scaffold-gold-3 = Funciona bien, pero hace mucho ruido.
scaffold-gold-3-why = Un punto a favor y una queja.
# El archivo de sección de la guía (Markdown): se conservan | y **.
scaffold-section-intro = Lee la reseña completa antes de responder.
scaffold-section-column-review = La reseña…
scaffold-section-column-answer = Respuesta
scaffold-section-row-positive = elogia el producto, lo recomienda
scaffold-section-row-mixed = elogia algunas cosas y se queja de otras
scaffold-section-row-negative = se queja, advierte a otros, menciona una devolución
scaffold-section-sarcasm = El sarcasmo se juzga por lo que quiere decir quien escribe: “{ $example }” es { $answer }.
scaffold-sarcasm-example = Genial, se rompió el primer día
