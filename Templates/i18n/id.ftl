### hitc's own words on the worker's page and in the guidelines: Indonesian (id).
###
### Register: polite standard Indonesian addressing the worker as "Anda", with
### short imperatives (Pilih, Tulis, Masukkan) and "Silakan" for requests, as in
### Indonesian app UI; common loanwords kept where apps use them (item, tab, email).
### Punctuation: quotation marks “ ”; Latin digits.
### Plurals: CLDR gives id only the category "other" (Indonesian nouns do not
### change after a number), so no sentence uses a plural selector;
### guide-exclusive selects on the exact number [1] (one option or several),
### because the wording differs.
### Key terms: task (the page a worker does and is paid for) = tugas; item (one
### thing judged on it) = item; question = pertanyaan; answer = jawaban;
### option = opsi; guidelines = panduan; key = tombol; requester = pemberi tugas;
### HIT = HIT (only in script-mturk-*), "accept" = terima (Accept), "return" = kembalikan.
### Translation: machine-assisted by the tr-asia helper, checked with
### fluent.syntax/fluent.runtime; not reviewed by a native speaker yet.

## The task page (task.html, preview.html)

page-preview-title = Pratinjau
page-preview-banner = dengan item contoh: jawaban Anda hanya ditampilkan di halaman ini, tidak dikirim.
page-instructions = Petunjuk
# The caption of an item before the script numbers it.
page-item = Item
page-optional = (opsional)
# The first entry of a drop-down list of answers.
page-choose = Pilih…
page-feedback-label = Komentar untuk pemberi tugas
page-guidelines = Panduan lengkap
page-guidelines-version = Panduan lengkap (versi { $version })
page-guidelines-link = Lihat dokumen panduan lengkap.
page-faq = Tanya jawab
page-your-answers = Jawaban Anda
page-answers-note = Tidak ada yang dikirim. Salin atau unduh jawaban ini jika Anda memerlukannya.
page-copy = Salin
page-download = Unduh
# The button that shows the keyboard shortcuts (the "?" key is shown after it).
page-shortcuts = Pintasan
page-submit = Kirim
# $contact is an e-mail address, shown as a link.
page-contact = Ada pertanyaan tentang tugas ini? Kirim email ke { $contact }.

## The keyboard shortcuts panel

page-legend-title = Pintasan keyboard
page-legend-rule = Tombol menjawab pertanyaan yang sedang Anda buka. Jika tidak, tombol menjawab pertanyaan di item ini yang memakai tombol itu: satu-satunya, atau yang pertama belum dijawab. Untuk mengubah jawaban, pindah dulu ke pertanyaannya dengan Tab.
page-legend-moving = Berpindah
page-legend-next = item berikutnya
page-legend-previous = item sebelumnya
page-legend-toggle = tampilkan atau sembunyikan pintasan ini
# $key is "Ctrl+Enter", $macKey is "⌘+Enter", each shown as a key.
page-legend-submit = { $key } ({ $macKey } di Mac) untuk mengirim.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
# $key is "Esc", shown as a key.
page-legend-escape = { $key } untuk keluar dari kotak teks (di dalam kotak teks, pintasan tidak berfungsi).
page-legend-advance = Setelah item dijawab, halaman pindah ke item berikutnya.
page-legend-close = Tutup

## Choices hitc adds to questions

# How many options of a multiple-choice question to tick.
page-select-exactly = Pilih { $count }.
page-select-range = Pilih { $min } sampai { $max }.
page-select-at-least = Pilih minimal { $min }.
page-select-up-to = Pilih maksimal { $max }.
# The two sides of a pairwise comparison, and its default answers.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A lebih baik
page-pairwise-b-better = B lebih baik
page-pairwise-same = Kurang lebih sama

## Messages the page's script shows

script-item-title = Item { $number } dari { $total }
# After an item's title once its required answers are given, after a check mark ("✓ answered").
script-item-answered = sudah dijawab
script-progress = { $answered } dari { $total } item sudah dijawab
script-items-unreadable = Item tugas ini tidak dapat dibaca, jadi tugas ini tidak dapat dikerjakan. Silakan kembalikan tugas ini.
script-items-too-many = Tugas ini berisi { $count } item, melebihi batasnya ({ $limit }), jadi tidak dapat dikerjakan. Silakan kembalikan tugas ini.
script-items-missing = Item tugas ini tidak ada, jadi tugas ini tidak dapat dikerjakan. Silakan kembalikan tugas ini.
script-image-not-https = Gambar tidak ditampilkan (bukan alamat https)
script-image-failed = Gambar tidak dapat dimuat
script-link = Tautan
# $label is the link's caption from the task.
script-link-not-https = { $label } (bukan alamat https)
script-media-not-https = Media tidak ditampilkan (bukan alamat https)
script-choose-answer = Pilih jawaban.
script-choose-at-least = Pilih minimal { $min } opsi.
script-choose-at-least-now = Pilih minimal { $min } opsi (sekarang { $count }).
script-choose-at-most-now = Pilih maksimal { $max } opsi (sekarang { $count }).
script-number = Masukkan angka.
script-number-range = Masukkan angka dari { $min } sampai { $max }.
script-number-at-least = Masukkan angka minimal { $min }.
script-number-at-most = Masukkan angka maksimal { $max }.
script-number-whole = Masukkan bilangan bulat.
script-number-step = Masukkan angka kelipatan { $step }.
script-number-step-from = Masukkan angka mulai dari { $from } dengan selang { $step }.
script-text = Tulis jawaban.
script-text-at-least = Tulis minimal { $min } karakter (sekarang { $count }).
script-text-at-most = Tulis maksimal { $max } karakter (sekarang { $count }).
script-text-pattern = Bentuk jawaban ini tidak sesuai dengan yang diharapkan.
# $key is the letter or digit pressed.
script-key-elsewhere = Tombol { $key }: untuk mengubah, pindah dulu ke pertanyaannya dengan Tab, lalu tekan tombol itu.
script-attention = { $count } jawaban perlu diperiksa.
script-sending = Mengirim…
script-submitting = Mengirimkan jawaban…
# $reason is what the browser said, in English, or script-network-error.
script-send-failed = Jawaban Anda tidak dapat dikirim ({ $reason }). Silakan coba lagi.
script-network-error = gangguan jaringan
script-sent = Terima kasih, jawaban Anda sudah terkirim.
script-copied = Disalin.
script-copy-by-hand = Sudah dipilih: tekan Ctrl+C untuk menyalin.
script-demo-items = Item demo: halaman ini dibuka tanpa item dari tugas.
script-preview-shown = Pratinjau: jawaban Anda ditampilkan di atas; tidak ada yang dikirim.
script-answers-shown = Jawaban Anda ditampilkan di atas; tidak ada yang dikirim.
# MTurk: "accept" is the platform's own word for taking a HIT.
script-mturk-preview = Ini pratinjau. Terima (Accept) HIT ini untuk mulai: jawaban yang diisi di pratinjau tidak disimpan.
script-mturk-accept = Terima (Accept) HIT ini untuk mulai.
script-mturk-no-target = Halaman ini tidak dibuat untuk MTurk, jadi tidak dapat dikirim di MTurk. Silakan kembalikan HIT ini.
script-mturk-bad-address = Alamat pengiriman HIT ini tidak valid, jadi jawaban tidak dapat dikirim. Silakan kembalikan HIT ini.
script-prolific-saved = Tersimpan. Mengarahkan Anda kembali ke Prolific…

## The guidelines (guidelines.html, guidelines.md)

# The window title; $title is the task's title.
guide-title = Panduan: { $title }
guide-kicker = Panduan
guide-kicker-version = Panduan · versi { $version }
guide-contents = Daftar isi
guide-purpose = Tujuan tugas ini
guide-summary = Ringkasan
guide-questions = Pertanyaan dan jawabannya
guide-examples = Contoh dengan pembahasan
guide-faq = Pertanyaan yang sering diajukan
guide-changelog = Riwayat perubahan
guide-contact = Kontak
guide-section-unreadable = Teks bagian ini tidak dapat dibaca.
guide-contact-line = Ada pertanyaan tentang tugas ini atau panduan ini? Kirim email ke { $contact }.

## Facts about the task, at the top of the guidelines

guide-fact-purpose = Kegunaan
guide-fact-goal = Sasaran
guide-fact-metric = Diukur dengan
guide-fact-pay = Bayaran
guide-purpose-training = Pelatihan: jawaban Anda dipakai untuk melatih model machine learning.
guide-purpose-evaluation = Evaluasi: jawaban Anda mengukur seberapa baik sebuah sistem bekerja.
guide-purpose-model-qa = Pemeriksaan kualitas model: jawaban Anda menentukan apakah model sudah cukup baik untuk dirilis.
guide-purpose-reference = Pengumpulan data acuan: jawaban Anda menjadi set data acuan.
# $reward is an amount of money ("$0.20"), $minutes a whole number, $hourly an amount of money.
guide-pay-line = { $reward } per tugas yang memakan waktu sekitar { $minutes } menit, atau sekitar { $hourly } per jam.

## How each question is answered

guide-required = Wajib.
guide-optional = Opsional.
guide-required-when-shown = Wajib jika ditampilkan.
# $conditions is one or more guide-condition joined by "and".
guide-shown-only-when = Hanya ditampilkan jika { $conditions }.
# $question is a question's prompt; $answers one or more answers joined by "or", each in quotes.
guide-condition = jawaban untuk “{ $question }” adalah { $answers }
guide-choose-one = Pilih satu.
guide-choose-all = Pilih semua yang sesuai.
# $options: one or more option labels in quotes, joined by "or".
guide-exclusive = { $count ->
    [1] { $options } hanya bisa dipilih sendiri: memilihnya akan menghapus pilihan lain.
   *[other] { $options } hanya bisa dipilih sendiri: memilih salah satunya akan menghapus pilihan lain.
}
guide-scale = Pilih satu nilai dari { $min } sampai { $max }.
guide-number = Sebuah angka.
guide-number-range = Angka dari { $min } sampai { $max }.
guide-number-at-least = Angka minimal { $min }.
guide-number-at-most = Angka maksimal { $max }.
guide-whole = Bilangan bulat.
guide-whole-range = Bilangan bulat dari { $min } sampai { $max }.
guide-whole-at-least = Bilangan bulat minimal { $min }.
guide-whole-at-most = Bilangan bulat maksimal { $max }.
# $unit is the unit the task names ("kg", "minutes"), in the task's words.
guide-unit = Satuan: { $unit }.
guide-step = Dengan selang { $step }.
guide-text = Teks bebas.
guide-text-range = Teks bebas, { $min } sampai { $max } karakter.
guide-text-at-least = Teks bebas, minimal { $min } karakter.
guide-text-up-to = Teks bebas, maksimal { $max } karakter.
# Followed by the pattern, shown as code.
guide-text-pattern = Harus cocok dengan pola
# A is shown first: on the left (on the right in a right-to-left language), on a phone on top.
# $choices: the answers in quotes, joined by "or".
guide-pairwise = Bandingkan A (di kiri; di ponsel, di atas) dengan B, lalu pilih { $choices }.
guide-pairwise-no-tie = Tidak ada hasil seri: pilih yang lebih baik, walaupun hanya sedikit.

## The table of answers of a question

guide-col-point = Nilai
guide-col-option = Opsi
guide-col-option-key = Opsi dan tombol
guide-col-key = Tombol
guide-col-meaning = Arti
guide-col-when = Kapan dipilih
guide-col-examples = Contoh
guide-col-shown-in = Muncul di contoh
guide-clears-others = (menghapus pilihan lain)
guide-shown-in = Lihat
guide-example-ref = Contoh { $number }

## Worked examples

guide-examples-note = Setiap contoh menampilkan item seperti di halaman tugas, lalu jawaban yang kami harapkan beserta alasannya.
guide-example = Contoh { $number }
guide-expected = Jawaban yang diharapkan
guide-why = Alasan:
guide-col-question = Pertanyaan
guide-col-expected = Jawaban yang diharapkan
# After an answer, in the Markdown guidelines: the key that gives it.
guide-answer-key = (tombol { $key })
guide-image-not-https = Gambar tidak ditampilkan (bukan alamat https): { $address }
guide-link-not-https = { $label } (bukan alamat https): { $address }
guide-media-not-https = Media tidak ditampilkan (bukan alamat https): { $address }
guide-audio = Audio
guide-video = Video

## The changelog table

guide-col-version = Versi
guide-col-date = Tanggal
guide-col-change = Perubahan

## The example task `hitc init --language` writes: a task author's starting point,
## worker-facing text in the language. Product names may be adapted to the language.

scaffold-title = Apakah ulasan ini positif atau negatif?
scaffold-description = Baca ulasan produk yang singkat, lalu tentukan bagaimana perasaan penulisnya terhadap produk itu.
scaffold-goal = Mengukur seberapa sering model sentimen sependapat dengan manusia dalam menilai ulasan produk.
scaffold-prior-work = Belum ada; ini set data berlabel yang pertama.
scaffold-field-product = Produk yang diulas
scaffold-field-review = Ulasan, persis seperti yang ditulis pembeli
scaffold-prompt = Bagaimana perasaan penulis terhadap produk ini?
scaffold-positive = Positif
scaffold-positive-hint = Penulis menyukainya atau merekomendasikannya.
scaffold-mixed = Campuran
scaffold-mixed-hint = Ada pujian dan ada keluhan.
scaffold-negative = Negatif
scaffold-negative-hint = Penulis tidak menyukainya atau memperingatkan orang lain.
scaffold-comment-prompt = Ada yang membuat ulasan ini sulit dinilai?
# (The page adds page-optional after an optional question: do not repeat it here.)
# Markdown: ** marks bold.
scaffold-summary = Tentukan bagaimana perasaan **penulis** terhadap produk, bukan perasaan Anda sendiri.
scaffold-section-title = Cara menilai
scaffold-kettle = Ketel listrik
scaffold-example-1 = Cepat mendidih dan tampilannya keren. Mau beli lagi.
scaffold-example-1-why = Ada pujian dan niat membeli lagi.
scaffold-example-2 = Cepat mendidih, tapi tutupnya patah setelah seminggu.
scaffold-example-2-why = Satu hal baik, satu keluhan serius.
scaffold-example-3 = Bocor. Sudah saya kembalikan.
scaffold-example-3-why = Ada cacat dan barangnya dikembalikan.
scaffold-faq-q = Ulasannya bukan tentang produk. Saya harus menjawab apa?
# "Mixed" is scaffold-mixed.
scaffold-faq-a = Nilai perasaan penulis terhadap produknya saja; jika tidak ada, pilih “Campuran” dan jelaskan di komentar.
scaffold-changelog = Versi pertama.
scaffold-toaster = Pemanggang roti
scaffold-headphones = Headphone
scaffold-desk-lamp = Lampu meja
scaffold-blender = Blender
scaffold-sample-1 = Hasil panggangnya rata, wadah remahnya gampang dibersihkan.
scaffold-sample-2 = Mati setelah dua minggu.
scaffold-sample-3 = Suaranya mantap, tapi telinga sakit setelah dipakai sejam.
scaffold-sample-4 = Belanjaan terbaik tahun ini!
scaffold-sample-5 = Cukup terang, tapi terasa murahan.
scaffold-sample-6 = Datang dalam keadaan rusak dan CS tidak pernah membalas.
scaffold-gold-1 = Es hancur dalam hitungan detik. Suka banget.
scaffold-gold-1-why = Pujian yang jelas.
scaffold-gold-2 = Berisik dan gelasnya retak.
scaffold-gold-2-why = Dua keluhan, tanpa pujian.
scaffold-gold-3 = Berfungsi baik, tapi berisik sekali.
scaffold-gold-3-why = Satu hal baik dan satu keluhan.
# The guideline section file (Markdown). Keep the table's | and the ** marks.
scaffold-section-intro = Baca seluruh ulasan sebelum menjawab.
scaffold-section-column-review = Ulasannya…
scaffold-section-column-answer = Jawaban
scaffold-section-row-positive = memuji produk, merekomendasikannya
scaffold-section-row-mixed = memuji beberapa hal dan mengeluhkan hal lain
scaffold-section-row-negative = mengeluh, memperingatkan orang lain, menyebut pengembalian barang
# $example is a sarcastic review quoted in the language; $answer is scaffold-negative in bold.
scaffold-section-sarcasm = Sarkasme dinilai sesuai maksud penulis: “{ $example }” termasuk { $answer }.
scaffold-sarcasm-example = Mantap, rusak di hari pertama
