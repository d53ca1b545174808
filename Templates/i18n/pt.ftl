### hitc: as palavras do próprio hitc na página da tarefa e no guia. Português.
###
### Variante: português neutro que soa natural no Brasil (a maior população de
### trabalhadores): ortografia do Acordo de 1990 com as formas brasileiras onde há
### diferença (seção, contato, controle, mídia/áudio/vídeo, "baixar", "salvo", gerúndio
### "Enviando…"); evita "você" explícito e usa formas compreendidas em Portugal
### ("Insira", "no telefone"). Os produtos do exemplo usam os nomes do Brasil.
### Tratamento: você (imperativo na 3.ª pessoa: "Escolha", "Insira", "Escreva").
### Termos: task = "tarefa" (a página que se faz e é paga); item = "item", pl. "itens"
### (cada coisa avaliada nela); HIT = "HIT" (o HIT), só nas mensagens script-mturk-*
### (a palavra do MTurk); guidelines = "guia"; requester = "solicitante".
### Aspas: “ ”. Teclas: Ctrl+Enter, Esc.
### Referência: en.ftl (os seus comentários dizem onde cada texto aparece).
### Tradução assistida por máquina (tr-west); sem revisão por falante nativo.

## A página da tarefa (task.html, preview.html)

page-preview-title = Pré-visualização
# Vem depois de "Pré-visualização" em negrito.
page-preview-banner = com itens de exemplo: suas respostas aparecem nesta página e não são enviadas.
page-instructions = Instruções
page-item = Item
page-optional = (opcional)
page-choose = Escolha…
page-feedback-label = Comentários para o solicitante
page-guidelines = Guia completo
page-guidelines-version = Guia completo (versão { $version })
page-guidelines-link = Consulte o guia completo.
page-faq = Perguntas e respostas
page-your-answers = Suas respostas
page-answers-note = Nada foi enviado. Copie ou baixe estas respostas se precisar delas.
page-copy = Copiar
page-download = Baixar
page-shortcuts = Atalhos
page-submit = Enviar
page-contact = Dúvidas sobre esta tarefa? Escreva para { $contact }.

## O painel de atalhos de teclado

page-legend-title = Atalhos de teclado
page-legend-rule = Uma tecla responde à pergunta em que você está; se não, à pergunta do item que usa essa tecla (a única ou a primeira sem resposta). Para mudar uma resposta, vá até ela com Tab primeiro.
page-legend-moving = Navegação
page-legend-next = próximo item
page-legend-previous = item anterior
page-legend-toggle = mostrar ou ocultar estes atalhos
page-legend-submit = { $key } ({ $macKey } no Mac) envia a tarefa.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
page-legend-escape = { $key } sai da caixa de texto (dentro dela, os atalhos não funcionam).
page-legend-advance = Ao responder um item, a página passa para o próximo.
page-legend-close = Fechar

## Escolhas que o hitc acrescenta às perguntas

page-select-exactly = Escolha { $count }.
page-select-range = Escolha de { $min } a { $max }.
page-select-at-least = Escolha pelo menos { $min }.
page-select-up-to = Escolha até { $max }.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A é melhor
page-pairwise-b-better = B é melhor
page-pairwise-same = Mais ou menos iguais

## Mensagens do script da página

script-item-title = Item { $number } de { $total }
# Depois do título de um item já respondido, após uma marca de seleção ("✓ respondido").
script-item-answered = respondido
script-progress = { $total ->
    [one] { $answered } de { $total } item respondido
   *[other] { $answered } de { $total } itens respondidos
}
script-items-unreadable = Não foi possível ler os itens desta tarefa, então ela não pode ser feita. Por favor, devolva a tarefa.
script-items-too-many = Esta tarefa tem { $count } itens, mais que o máximo de { $limit }, então ela não pode ser feita. Por favor, devolva a tarefa.
script-items-missing = Faltam os itens desta tarefa, então ela não pode ser feita. Por favor, devolva a tarefa.
script-image-not-https = Imagem não exibida (o endereço não é https)
script-image-failed = Não foi possível carregar a imagem
script-link = Link
script-link-not-https = { $label } (o endereço não é https)
script-media-not-https = Conteúdo não exibido (o endereço não é https)
script-choose-answer = Escolha uma resposta.
script-choose-at-least = { $min ->
    [one] Escolha pelo menos { $min } opção.
   *[other] Escolha pelo menos { $min } opções.
}
script-choose-at-least-now = { $min ->
    [one] Escolha pelo menos { $min } opção (agora: { $count }).
   *[other] Escolha pelo menos { $min } opções (agora: { $count }).
}
script-choose-at-most-now = { $max ->
    [one] Escolha no máximo { $max } opção (agora: { $count }).
   *[other] Escolha no máximo { $max } opções (agora: { $count }).
}
script-number = Insira um número.
script-number-range = Insira um número de { $min } a { $max }.
script-number-at-least = Insira um número maior ou igual a { $min }.
script-number-at-most = Insira um número menor ou igual a { $max }.
script-number-whole = Insira um número inteiro.
script-number-step = Insira um número em incrementos de { $step }.
script-number-step-from = Insira um número em incrementos de { $step } a partir de { $from }.
script-text = Escreva uma resposta.
script-text-at-least = { $min ->
    [one] Escreva pelo menos { $min } caractere (agora: { $count }).
   *[other] Escreva pelo menos { $min } caracteres (agora: { $count }).
}
script-text-at-most = { $max ->
    [one] Escreva no máximo { $max } caractere (agora: { $count }).
   *[other] Escreva no máximo { $max } caracteres (agora: { $count }).
}
script-text-pattern = Esta resposta não está no formato esperado.
script-key-elsewhere = Tecla { $key }: para mudar essa resposta, vá até a pergunta com Tab e pressione a tecla de novo.
# Em português, 0 e 1 ficam no singular ([one]): o número é sempre escrito.
script-attention = { $count ->
    [one] Revise { $count } resposta.
   *[other] Revise { $count } respostas.
}
script-sending = Enviando…
script-submitting = Enviando respostas…
# $reason: o que o navegador disse, em inglês, ou script-network-error.
script-send-failed = Não foi possível enviar suas respostas ({ $reason }). Tente novamente.
script-network-error = erro de rede
script-sent = Obrigado! Suas respostas foram enviadas.
script-copied = Copiado.
script-copy-by-hand = Texto selecionado: pressione Ctrl+C para copiar.
script-demo-items = Itens de demonstração: a página foi aberta sem os itens de uma tarefa.
script-preview-shown = Pré-visualização: suas respostas aparecem acima; nada foi enviado.
script-answers-shown = Suas respostas aparecem acima; nada foi enviado.
script-mturk-preview = Esta é uma pré-visualização. Aceite o HIT para começar: as respostas dadas na pré-visualização não são mantidas.
script-mturk-accept = Aceite o HIT para começar.
script-mturk-no-target = Esta página foi criada sem o destino MTurk, então não pode ser enviada no MTurk. Por favor, devolva o HIT.
script-mturk-bad-address = O endereço de envio deste HIT não é válido, então ele não pode ser enviado. Por favor, devolva o HIT.
script-prolific-saved = Salvo. Voltando ao Prolific…

## O guia (guidelines.html, guidelines.md)

guide-title = Guia: { $title }
guide-kicker = Guia
guide-kicker-version = Guia · versão { $version }
guide-contents = Sumário
guide-purpose = Para que serve esta tarefa
guide-summary = Em resumo
guide-questions = As perguntas e suas respostas
guide-examples = Exemplos comentados
guide-faq = Perguntas frequentes
guide-changelog = O que mudou
guide-contact = Contato
guide-section-unreadable = Não foi possível ler o texto desta seção.
guide-contact-line = Dúvidas sobre esta tarefa ou este guia? Escreva para { $contact }.

## Dados da tarefa, no início do guia

guide-fact-purpose = Finalidade
guide-fact-goal = Objetivo
guide-fact-metric = Medido por
guide-fact-pay = Pagamento
guide-purpose-training = Treinamento: suas respostas ensinam um modelo de aprendizado de máquina.
guide-purpose-evaluation = Avaliação: suas respostas medem a qualidade de um sistema.
guide-purpose-model-qa = Controle de qualidade de modelo: suas respostas decidem se um modelo está bom o bastante para ser lançado.
guide-purpose-reference = Dados de referência: suas respostas formam um conjunto de dados de referência.
# $reward e $hourly: valores já formatados; $minutes: um número inteiro.
guide-pay-line = { $minutes ->
    [one] { $reward } por tarefa de cerca de { $minutes } minuto, cerca de { $hourly } por hora.
   *[other] { $reward } por tarefa de cerca de { $minutes } minutos, cerca de { $hourly } por hora.
}

## Como cada pergunta é respondida

guide-required = Obrigatória.
guide-optional = Opcional.
guide-required-when-shown = Obrigatória quando exibida.
# $conditions: uma ou mais guide-condition unidas por "e".
guide-shown-only-when = Exibida apenas se { $conditions }.
guide-condition = a resposta a “{ $question }” for { $answers }
guide-choose-one = Escolha uma.
guide-choose-all = Escolha todas as que se aplicam.
guide-exclusive = { $count ->
    [one] { $options } não se combina com outras: ao escolhê-la, as outras opções são desmarcadas.
   *[other] { $options } não se combinam com outras: ao escolher uma delas, as outras opções são desmarcadas.
}
guide-scale = Escolha um valor de { $min } a { $max }.
guide-number = Um número.
guide-number-range = Um número de { $min } a { $max }.
guide-number-at-least = Um número maior ou igual a { $min }.
guide-number-at-most = Um número menor ou igual a { $max }.
guide-whole = Um número inteiro.
guide-whole-range = Um número inteiro de { $min } a { $max }.
guide-whole-at-least = Um número inteiro maior ou igual a { $min }.
guide-whole-at-most = Um número inteiro menor ou igual a { $max }.
guide-unit = Unidade: { $unit }.
guide-step = Em incrementos de { $step }.
guide-text = Texto livre.
guide-text-range = { $max ->
    [one] Texto livre de { $min } a { $max } caractere.
   *[other] Texto livre de { $min } a { $max } caracteres.
}
guide-text-at-least = { $min ->
    [one] Texto livre de pelo menos { $min } caractere.
   *[other] Texto livre de pelo menos { $min } caracteres.
}
guide-text-up-to = { $max ->
    [one] Texto livre de até { $max } caractere.
   *[other] Texto livre de até { $max } caracteres.
}
# Seguido do padrão, mostrado como código.
guide-text-pattern = Deve seguir o padrão
guide-pairwise = Compare A (à esquerda; no telefone, em cima) com B e escolha { $choices }.
guide-pairwise-no-tie = Não existe empate: escolha o que for melhor, mesmo que só um pouco.

## A tabela de respostas de uma pergunta

guide-col-point = Valor
guide-col-option = Opção
guide-col-option-key = Opção e tecla
guide-col-key = Tecla
guide-col-meaning = Significado
guide-col-when = Quando escolher
guide-col-examples = Exemplos
guide-col-shown-in = Aparece no exemplo
guide-clears-others = (desmarca as outras)
guide-shown-in = Aparece em
guide-example-ref = Exemplo { $number }

## Exemplos comentados

guide-examples-note = Cada exemplo mostra um item como ele aparece na página da tarefa e, em seguida, as respostas esperadas e o porquê.
guide-example = Exemplo { $number }
guide-expected = Respostas esperadas
guide-why = Por quê:
guide-col-question = Pergunta
guide-col-expected = Resposta esperada
guide-answer-key = (tecla { $key })
guide-image-not-https = Imagem não exibida (o endereço não é https): { $address }
guide-link-not-https = { $label } (o endereço não é https): { $address }
guide-media-not-https = Conteúdo não exibido (o endereço não é https): { $address }
guide-audio = Áudio
guide-video = Vídeo

## A tabela de mudanças

guide-col-version = Versão
guide-col-date = Data
guide-col-change = Alteração

## A tarefa de exemplo que `hitc init --language pt` escreve. Produtos (nomes do Brasil):
## chaleira elétrica (f.), torradeira (f.), fone de ouvido (m.), luminária de mesa (f.),
## liquidificador (m.).

scaffold-title = Esta avaliação é positiva ou negativa?
scaffold-description = Leia uma avaliação curta de um produto e diga o que quem a escreveu acha do produto.
scaffold-goal = Medir com que frequência o modelo de análise de sentimento concorda com as pessoas em avaliações de produtos.
scaffold-prior-work = Nenhum ainda; este é o primeiro conjunto rotulado.
scaffold-field-product = O produto avaliado
scaffold-field-review = A avaliação como o cliente a escreveu
scaffold-prompt = Como é a opinião de quem escreveu sobre o produto?
scaffold-positive = Positiva
scaffold-positive-hint = Gosta do produto ou o recomenda.
scaffold-mixed = Mista
scaffold-mixed-hint = Elogios e reclamações.
scaffold-negative = Negativa
scaffold-negative-hint = Não gosta do produto ou alerta os outros.
scaffold-comment-prompt = Alguma coisa dificultou a decisão?
scaffold-summary = Decida o que **quem escreveu** acha do produto, não o que você acha dele.
scaffold-section-title = Como decidir
scaffold-kettle = Chaleira elétrica
scaffold-example-1 = Ferve rápido e é linda. Compraria de novo.
scaffold-example-1-why = Elogios e vontade de comprar de novo.
scaffold-example-2 = Ferve rápido, mas a tampa quebrou depois de uma semana.
scaffold-example-2-why = Um ponto positivo, uma reclamação séria.
scaffold-example-3 = Vaza. Devolvi.
scaffold-example-3-why = Um defeito e uma devolução.
scaffold-faq-q = A avaliação não fala do produto. O que eu respondo?
scaffold-faq-a = Julgue apenas a opinião de quem escreveu sobre o produto; se não houver nenhuma, responda Mista e explique no comentário.
scaffold-changelog = Primeira versão.
scaffold-toaster = Torradeira
scaffold-headphones = Fone de ouvido
scaffold-desk-lamp = Luminária de mesa
scaffold-blender = Liquidificador
scaffold-sample-1 = Torra por igual e a bandeja de migalhas é fácil de esvaziar.
scaffold-sample-2 = Parou de funcionar depois de duas semanas.
scaffold-sample-3 = Som ótimo, mas depois de uma hora os ouvidos doem.
scaffold-sample-4 = Melhor compra do ano!
scaffold-sample-5 = Ilumina bem, mas parece barata.
scaffold-sample-6 = Chegou quebrada e o atendimento nunca respondeu.
scaffold-gold-1 = Tritura gelo em segundos. Adorei.
scaffold-gold-1-why = Elogio claro.
scaffold-gold-2 = Barulhento, e o copo rachou.
scaffold-gold-2-why = Duas reclamações e nenhum elogio.
scaffold-gold-3 = Funciona bem, mas é muito barulhento.
scaffold-gold-3-why = Um ponto positivo e uma reclamação.
# O arquivo de seção do guia (Markdown): manter os | e os **.
scaffold-section-intro = Leia a avaliação inteira antes de responder.
scaffold-section-column-review = A avaliação…
scaffold-section-column-answer = Resposta
scaffold-section-row-positive = elogia o produto, recomenda
scaffold-section-row-mixed = elogia algumas coisas e reclama de outras
scaffold-section-row-negative = reclama, alerta os outros, menciona uma devolução
scaffold-section-sarcasm = O sarcasmo vale pelo que quem escreveu quer dizer: “{ $example }” é { $answer }.
scaffold-sarcasm-example = Ótimo, quebrou no primeiro dia
