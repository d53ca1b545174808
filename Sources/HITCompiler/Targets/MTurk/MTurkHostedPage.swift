/// The task page as `mturk/question.xml` carries it. MTurk gives every HIT its
/// items (the batch file's `items` column), so this page has no demo items, nor
/// the messages that only a page opened from disk or on another platform shows:
/// bytes that count towards MTurk's limit (`W0010`) and that no worker would see.
/// task.html keeps them (opened from disk, it shows the demo items).
extension TaskPage {
    /// The `script-*` messages of the modules that never run on MTurk: the page
    /// opened from disk (copy, download, demo notice) and the targets that send
    /// answers themselves (generic, Prolific).
    static let messagesOffMTurk: Set<String> = [
        "script-copied", "script-copy-by-hand", "script-demo-items", "script-preview-shown", "script-answers-shown",
        "script-sending", "script-send-failed", "script-network-error", "script-sent", "script-prolific-saved",
    ]

    /// This page without demo items and without `messagesOffMTurk`.
    func hostedByMTurk() -> TaskPage {
        var page = self
        page.config.demoItems = []
        page.config.messages = page.config.messages.filter { !Self.messagesOffMTurk.contains($0.key) }
        return page
    }
}
