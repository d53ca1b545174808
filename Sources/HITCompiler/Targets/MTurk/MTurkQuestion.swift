import Foundation

/// `mturk/question.xml`: the task page wrapped in an HTMLQuestion.
enum MTurkQuestion {
    /// The HTMLQuestion schema's namespace.
    static let namespace = "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd"
    /// MTurk refuses a question document larger than this many bytes.
    static let byteLimit = 65_535
    /// Above this share of the limit hitc warns (W0010).
    static let warningShare = 0.8
    /// Where an MTurk HIT's form posts (`turkSubmitTo` + `/mturk/externalSubmit`):
    /// production and the sandbox, as MTurk's HTMLQuestion and ExternalQuestion
    /// documentation names them, and the worker site (`worker.mturk.com`), where
    /// MTurk's answer to the post may redirect: browsers apply `form-action` to
    /// redirects after a form post too.
    static let submitOrigins = ["https://worker.mturk.com", "https://workersandbox.mturk.com", "https://www.mturk.com"]

    /// The XML document. A `]]>` inside the page is split across two CDATA
    /// sections so the page survives byte for byte.
    ///
    /// - Throws: `TemplateError.unsafeOutput` when the page holds a character XML 1.0
    ///   forbids: the document would not be well-formed (no escape can carry one).
    static func xml(page: String, frameHeight: Int) throws -> String {
        try PageSafety.refuseForbiddenCharacters(page, in: "mturk/question.xml")
        let body = page.replacingASCII("]]>", with: "]]]]><![CDATA[>")
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <HTMLQuestion xmlns="\(namespace)">
          <HTMLContent><![CDATA[\(body)]]></HTMLContent>
          <FrameHeight>\(frameHeight)</FrameHeight>
        </HTMLQuestion>

        """
    }
}
