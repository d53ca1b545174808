### hitc's own words on the worker's page and in the guidelines: Turkish (tr).
###
### Reference: en.ftl (same ids, same variables; its comments say where each string appears).
### Register: polite "siz" ("Seçin", "Yazın", "yanıtlarınız"), as Turkish interfaces address
### users; short sentences for phone screens.
### Key terms: task (the page a worker does and is paid for) = "görev";
### item (one thing judged on it) = "öğe"; HIT = "HIT" (HIT'i), only in script-mturk-*
### (MTurk's own word; its "Accept" button is named as it appears, in English).
### Plurals: CLDR gives Turkish one and other, but a noun after a number stays singular
### ("1 öğe", "5 öğe"), so most messages need no selector; guide-exclusive and
### script-attention keep one because their wording differs for one.
### Suffixes are never attached to a number placeable (their vowel harmony depends on the
### number): "{ $contact } adresine", "en az { $min } karakter".
### Quotation marks: “…”. Keys as printed on Turkish keyboards: Ctrl, Enter, Esc, Tab.
### Translated by tr-east (machine-assisted, checked with fluent.syntax/fluent.runtime; not yet
### reviewed by a native speaker).

## The task page (task.html, preview.html)

page-preview-title = Önizleme
page-preview-banner = örnek öğelerle: yanıtlarınız yalnızca bu sayfada gösterilir, gönderilmez.
page-instructions = Talimatlar
page-item = Öğe
page-optional = (isteğe bağlı)
page-choose = Seçin…
page-feedback-label = Görev sahibine notlarınız
page-guidelines = Yönergenin tamamı
page-guidelines-version = Yönergenin tamamı (sürüm { $version })
page-guidelines-link = Yönerge belgesinin tamamına bakın.
page-faq = Sorular ve yanıtlar
page-your-answers = Yanıtlarınız
page-answers-note = Hiçbir şey gönderilmedi. Gerekirse bu yanıtları kopyalayın veya indirin.
page-copy = Kopyala
page-download = İndir
page-shortcuts = Kısayollar
page-submit = Gönder
page-contact = Bu görevle ilgili sorunuz mu var? { $contact } adresine yazın.

## The keyboard shortcuts panel

page-legend-title = Klavye kısayolları
page-legend-rule = Bir tuş, içinde bulunduğunuz soruyu yanıtlar; bir sorunun içinde değilseniz öğede o tuşu kullanan tek soruyu ya da yanıtlanmamış ilk soruyu yanıtlar. Bir yanıtı değiştirmek için önce Tab ile ona gidin.
page-legend-moving = Gezinme
page-legend-next = sonraki öğe
page-legend-previous = önceki öğe
page-legend-toggle = bu kısayolları göster veya gizle
page-legend-submit = { $key } (Mac'te { $macKey }) yanıtları gönderir.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
page-legend-escape = { $key } metin kutusundan çıkar (metin kutusunda kısayollar çalışmaz).
page-legend-advance = Bir öğe yanıtlanınca sıradaki öğeye geçilir.
page-legend-close = Kapat

## Choices hitc adds to questions

page-select-exactly = { $count } seçenek seçin.
page-select-range = { $min } ile { $max } arasında seçenek seçin.
page-select-at-least = En az { $min } seçenek seçin.
page-select-up-to = En fazla { $max } seçenek seçin.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A daha iyi
page-pairwise-b-better = B daha iyi
page-pairwise-same = Aşağı yukarı aynı

## Messages the page's script shows

script-item-title = Öğe { $number } / { $total }
script-item-answered = yanıtlandı
script-progress = { $total } öğeden { $answered } tanesi yanıtlandı
script-items-unreadable = Bu görevin öğeleri okunamadı, bu yüzden görev yapılamıyor. Lütfen görevi iade edin.
script-items-too-many = Bu görevde { $count } öğe var, ancak en fazla { $limit } öğeye izin veriliyor; bu yüzden görev yapılamıyor. Lütfen görevi iade edin.
script-items-missing = Bu görevin öğeleri eksik, bu yüzden görev yapılamıyor. Lütfen görevi iade edin.
script-image-not-https = Görsel gösterilmedi (https adresi değil)
script-image-failed = Görsel yüklenemedi
script-link = Bağlantı
script-link-not-https = { $label } (https adresi değil)
script-media-not-https = Medya gösterilmedi (https adresi değil)
script-choose-answer = Bir yanıt seçin.
script-choose-at-least = En az { $min } seçenek seçin.
script-choose-at-least-now = En az { $min } seçenek seçin (şu an: { $count }).
script-choose-at-most-now = En fazla { $max } seçenek seçin (şu an: { $count }).
script-number = Bir sayı girin.
script-number-range = { $min } ile { $max } arasında bir sayı girin.
script-number-at-least = En az { $min } olan bir sayı girin.
script-number-at-most = En fazla { $max } olan bir sayı girin.
script-number-whole = Bir tam sayı girin.
script-number-step = Adım aralığı { $step } olan bir sayı girin.
script-number-step-from = { $from } değerinden başlayarak adım aralığı { $step } olan bir sayı girin.
script-text = Bir yanıt yazın.
script-text-at-least = En az { $min } karakter yazın (şu an: { $count }).
script-text-at-most = En fazla { $max } karakter yazın (şu an: { $count }).
script-text-pattern = Bu yanıt beklenen biçimde değil.
script-key-elsewhere = { $key } tuşu: Yanıtı değiştirmek için Tab ile soruya gidin, sonra tuşa yeniden basın.
script-attention = { $count ->
    [one] Bir yanıtın kontrol edilmesi gerekiyor.
   *[other] { $count } yanıtın kontrol edilmesi gerekiyor.
}
script-sending = Gönderiliyor…
script-submitting = Yanıtlar gönderiliyor…
script-send-failed = Yanıtlarınız gönderilemedi ({ $reason }). Lütfen yeniden deneyin.
script-network-error = ağ hatası
script-sent = Teşekkürler, yanıtlarınız gönderildi.
script-copied = Kopyalandı.
script-copy-by-hand = Metin seçildi: kopyalamak için Ctrl+C tuşlarına basın.
script-demo-items = Örnek öğeler: sayfa, bir görevin öğeleri olmadan açıldı.
script-preview-shown = Önizleme: yanıtlarınız yukarıda gösteriliyor; hiçbir şey gönderilmedi.
script-answers-shown = Yanıtlarınız yukarıda gösteriliyor; hiçbir şey gönderilmedi.
script-mturk-preview = Bu bir önizleme. Başlamak için HIT'i kabul edin (Accept düğmesi): önizlemede verilen yanıtlar saklanmaz.
script-mturk-accept = Başlamak için HIT'i kabul edin (Accept düğmesi).
script-mturk-no-target = Bu sayfa MTurk desteği olmadan oluşturuldu, bu yüzden MTurk'te gönderilemez. Lütfen HIT'i iade edin.
script-mturk-bad-address = Bu HIT'in gönderim adresi geçerli değil, bu yüzden gönderilemez. Lütfen HIT'i iade edin.
script-prolific-saved = Kaydedildi. Prolific'e geri yönlendiriliyorsunuz…

## The guidelines (guidelines.html, guidelines.md)

guide-title = Yönerge: { $title }
guide-kicker = Yönerge
guide-kicker-version = Yönerge · sürüm { $version }
guide-contents = İçindekiler
guide-purpose = Bu görev neden var?
guide-summary = Kısaca
guide-questions = Sorular ve yanıtları
guide-examples = Açıklamalı örnekler
guide-faq = Sık sorulan sorular
guide-changelog = Neler değişti
guide-contact = İletişim
guide-section-unreadable = Bu bölümün metni okunamadı.
guide-contact-line = Bu görev veya yönerge hakkında sorunuz mu var? { $contact } adresine yazın.

## Facts about the task, at the top of the guidelines

guide-fact-purpose = Amaç
guide-fact-goal = Hedef
guide-fact-metric = Ölçüt
guide-fact-pay = Ücret
guide-purpose-training = Eğitim: yanıtlarınız bir makine öğrenmesi modelini eğitir.
guide-purpose-evaluation = Değerlendirme: yanıtlarınız bir sistemin ne kadar iyi çalıştığını ölçer.
guide-purpose-model-qa = Model kalite kontrolü: yanıtlarınız, bir modelin yayına hazır olup olmadığını belirler.
guide-purpose-reference = Referans veri toplama: yanıtlarınız bir referans veri kümesine dönüşür.
guide-pay-line = Yaklaşık { $minutes } dakika süren görev başına { $reward }; saatte yaklaşık { $hourly }.

## How each question is answered

guide-required = Zorunlu.
guide-optional = İsteğe bağlı.
guide-required-when-shown = Gösterildiğinde zorunlu.
guide-shown-only-when = Yalnızca { $conditions } gösterilir.
guide-condition = “{ $question }” sorusunun yanıtı { $answers } olduğunda
guide-choose-one = Birini seçin.
guide-choose-all = Uygun olanların hepsini seçin.
guide-exclusive = { $count ->
    [one] { $options } tek başına seçilir: seçildiğinde diğer seçeneklerin işareti kalkar.
   *[other] { $options } tek başına seçilir: bunlardan biri seçildiğinde diğer seçeneklerin işareti kalkar.
}
guide-scale = { $min } ile { $max } arasında bir puan seçin.
guide-number = Bir sayı.
guide-number-range = { $min } ile { $max } arasında bir sayı.
guide-number-at-least = En az { $min } olan bir sayı.
guide-number-at-most = En fazla { $max } olan bir sayı.
guide-whole = Bir tam sayı.
guide-whole-range = { $min } ile { $max } arasında bir tam sayı.
guide-whole-at-least = En az { $min } olan bir tam sayı.
guide-whole-at-most = En fazla { $max } olan bir tam sayı.
guide-unit = Birim: { $unit }.
guide-step = Adım aralığı: { $step }.
guide-text = Serbest metin.
guide-text-range = { $min } ile { $max } karakter arasında serbest metin.
guide-text-at-least = En az { $min } karakterlik serbest metin.
guide-text-up-to = En fazla { $max } karakterlik serbest metin.
guide-text-pattern = Şu kalıba uymalıdır:
guide-pairwise = A'yı (solda; telefonda üstte) B ile karşılaştırın, sonra şunlardan birini seçin: { $choices }.
guide-pairwise-no-tie = Beraberlik yoktur: biraz da olsa daha iyi olanı seçin.

## The table of answers of a question

guide-col-point = Puan
guide-col-option = Seçenek
guide-col-option-key = Seçenek ve tuş
guide-col-key = Tuş
guide-col-meaning = Anlamı
guide-col-when = Ne zaman seçilir
guide-col-examples = Örnekler
guide-col-shown-in = Gösterildiği örnek
guide-clears-others = (diğerlerini kaldırır)
guide-shown-in = Gösterildiği örnekler
guide-example-ref = Örnek { $number }

## Worked examples

guide-examples-note = Her örnekte önce öğe görev sayfasında göründüğü gibi, ardından beklenen yanıtlar ve nedenleri verilir.
guide-example = Örnek { $number }
guide-expected = Beklenen yanıtlar
guide-why = Neden:
guide-col-question = Soru
guide-col-expected = Beklenen yanıt
guide-answer-key = ({ $key } tuşu)
guide-image-not-https = Görsel gösterilmedi (https adresi değil): { $address }
guide-link-not-https = { $label } (https adresi değil): { $address }
guide-media-not-https = Medya gösterilmedi (https adresi değil): { $address }
guide-audio = Ses
guide-video = Video

## The changelog table

guide-col-version = Sürüm
guide-col-date = Tarih
guide-col-change = Değişiklik

## The example task `hitc init --language tr` writes.

scaffold-title = Bu yorum olumlu mu, olumsuz mu?
scaffold-description = Kısa bir ürün yorumunu okuyun ve yazarın ürün hakkında ne hissettiğini belirtin.
scaffold-goal = Duygu analizi modelinin ürün yorumlarında insanlarla ne sıklıkla aynı sonuca vardığını ölçmek.
scaffold-prior-work = Henüz yok; bu, etiketlenen ilk veri kümesi.
scaffold-field-product = Yorumlanan ürün
scaffold-field-review = Müşterinin yazdığı hâliyle yorum
scaffold-prompt = Yazar ürün hakkında ne hissediyor?
scaffold-positive = Olumlu
scaffold-positive-hint = Ürünü beğeniyor veya tavsiye ediyor.
scaffold-mixed = Karışık
scaffold-mixed-hint = Hem övgü hem şikâyet var.
scaffold-negative = Olumsuz
scaffold-negative-hint = Ürünü beğenmiyor veya başkalarını uyarıyor.
# The page adds page-optional after an optional question's prompt, so it is not repeated here.
scaffold-comment-prompt = Karar vermenizi zorlaştıran bir şey oldu mu?
scaffold-summary = Ürün hakkında sizin ne hissettiğinize değil, **yazarın** ne hissettiğine karar verin.
scaffold-section-title = Nasıl değerlendirilir?
scaffold-kettle = Su ısıtıcısı
scaffold-example-1 = Çok hızlı kaynatıyor, görünüşü de harika. Yine alırım.
scaffold-example-1-why = Övgü ve yeniden satın alma isteği.
scaffold-example-2 = Hızlı kaynatıyor ama kapağı bir haftada kırıldı.
scaffold-example-2-why = Bir olumlu nokta, bir ciddi şikâyet.
scaffold-example-3 = Su sızdırıyor. İade ettim.
scaffold-example-3-why = Bir kusur ve bir iade.
scaffold-faq-q = Yorum ürünle ilgili değil. Ne yanıt vermeliyim?
scaffold-faq-a = Yalnızca yazarın ürün hakkındaki duygusunu değerlendirin; böyle bir duygu yoksa “Karışık” yanıtını verin ve bunu yorum alanında belirtin.
scaffold-changelog = İlk sürüm.
scaffold-toaster = Ekmek kızartma makinesi
scaffold-headphones = Kulaklık
scaffold-desk-lamp = Masa lambası
scaffold-blender = Blender
scaffold-sample-1 = Her yeri eşit kızartıyor, kırıntı tepsisi de kolayca boşalıyor.
scaffold-sample-2 = İki hafta sonra çalışmayı bıraktı.
scaffold-sample-3 = Ses harika ama bir saat sonra kulaklarımı acıtıyor.
scaffold-sample-4 = Bu yıl aldığım en iyi şey!
scaffold-sample-5 = Yeterince aydınlatıyor ama ucuz duruyor.
scaffold-sample-6 = Kırık geldi, müşteri hizmetleri de hiç dönüş yapmadı.
scaffold-gold-1 = Buzu saniyeler içinde kırıyor. Bayıldım.
scaffold-gold-1-why = Açık bir övgü.
scaffold-gold-2 = Çok gürültülü, haznesi de çatladı.
scaffold-gold-2-why = İki şikâyet var, hiç övgü yok.
scaffold-gold-3 = İyi çalışıyor ama çok gürültülü.
scaffold-gold-3-why = Bir olumlu nokta ve bir şikâyet.
scaffold-section-intro = Yanıt vermeden önce yorumun tamamını okuyun.
scaffold-section-column-review = Yorum…
scaffold-section-column-answer = Yanıt
scaffold-section-row-positive = ürünü övüyor, tavsiye ediyor
scaffold-section-row-mixed = bazı şeyleri övüyor, bazılarından şikâyet ediyor
scaffold-section-row-negative = şikâyet ediyor, başkalarını uyarıyor, iadeden söz ediyor
scaffold-section-sarcasm = Alaycı ifadeler, yazarın gerçekte kastettiği anlama göre değerlendirilir: “{ $example }” { $answer } sayılır.
scaffold-sarcasm-example = Harika, daha ilk gün bozuldu
