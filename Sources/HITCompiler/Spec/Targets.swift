/// Where the bundle will be uploaded.
public struct Targets: Sendable {
    public var mturk: MTurk?
    public var prolific: Prolific?
    public var generic: Generic?

    public struct MTurk: Sendable {
        public var lifetime: Located<Duration>?
        public var assignmentDuration: Located<Duration>?
        public var autoApprove: Located<Duration>?
        /// `FrameHeight` of the HTMLQuestion; 0 fits the worker's window.
        public var frameHeight: Int?
    }

    public struct Prolific: Sendable {
        public var completionCode: Located<String>
        /// Where the page stores answers before redirecting (optional).
        public var submitURL: Located<String>?
    }

    public struct Generic: Sendable {
        public var submitURL: Located<String>
    }
}
