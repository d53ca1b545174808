/// The shapes SageMaker's API model gives the values `targets.ground_truth`
/// names (botocore's `sagemaker` service model, 2017-07-24: `WorkteamArn`,
/// `RoleArn`, `LambdaFunctionArn`, `S3Uri`, `LabelingJobName`,
/// `LabelAttributeName`), checked by hand so no regular expression runs on
/// spec text.
enum GroundTruthPatterns {
    /// `[a-zA-Z0-9](-*[a-zA-Z0-9]){0,max-1}`: letters, digits and hyphens,
    /// starting and ending with a letter or digit, at most `maxLength`.
    static func isName(_ s: String, maxLength: Int) -> Bool {
        let u = Array(s.utf8)
        guard !u.isEmpty, u.count <= maxLength, isAlnum(u.first!), isAlnum(u.last!) else { return false }
        return u.allSatisfy { isAlnum($0) || $0 == 0x2D }
    }

    /// The JSON Schema pattern of `isName`.
    static func nameSchema(_ maxLength: Int) -> String { "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,\(maxLength - 1)}$" }

    /// An AWS region: lower-case letters, digits and hyphens (`us-east-1`).
    static func isRegion(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return (1...32).contains(u.count) && isLowerAlnum(u.first!) && isLowerAlnum(u.last!)
            && u.allSatisfy { isLowerAlnum($0) || $0 == 0x2D }
    }
    static let regionSchema = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"

    /// `arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:workteam/.*`, at most 256.
    static func isWorkteamARN(_ s: String) -> Bool {
        s.utf8.count <= 256 && arn(s, service: "sagemaker", regionRequired: false, resource: "workteam/")
    }

    /// `arn:aws[a-z-]*:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@-_/]+`, 20 to 2048.
    static func isRoleARN(_ s: String) -> Bool {
        guard (20...2048).contains(s.utf8.count), arn(s, service: "iam", regionRequired: false, resource: "role") else { return false }
        let parts = s.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts[3].isEmpty else { return false }
        let name = parts[5].dropFirst("role".count).drop { $0 == "/" }
        return !name.isEmpty && name.utf8.allSatisfy { isAlnum($0) || Array("_+=,.@-/".utf8).contains($0) }
    }

    /// `arn:aws[a-z-]*:lambda:[a-z0-9-]*:[0-9]{12}:function:.*`, at most 2048.
    static func isLambdaARN(_ s: String) -> Bool {
        s.utf8.count <= 2048 && arn(s, service: "lambda", regionRequired: false, resource: "function:")
    }

    /// `s3://bucket` or `s3://bucket/prefix` (`S3Uri` allows https too; hitc
    /// writes s3), printable ASCII without spaces, short enough that the
    /// longest URI made from it (`…/template.liquid.html`) stays under 1024.
    static func isS3Prefix(_ s: String) -> Bool {
        guard s.hasPrefix("s3://"), s.utf8.count <= 1000 else { return false }
        let rest = s.dropFirst(5)
        guard let first = rest.first, first != "/" else { return false }
        return s.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }

    /// `arn:<partition>:<service>:<region>:<12 digits>:<resource…>`.
    private static func arn(_ s: String, service: String, regionRequired: Bool, resource: String) -> Bool {
        let parts = s.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"),
              parts[1].utf8.dropFirst(3).allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D }),
              parts[2] == service,
              parts[3].utf8.allSatisfy({ isLowerAlnum($0) || $0 == 0x2D }), !regionRequired || !parts[3].isEmpty,
              parts[4].utf8.count == 12, parts[4].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              parts[5].hasPrefix(resource) else { return false }
        return !s.utf8.contains { $0 < 0x20 || $0 == 0x7F }
    }

    private static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
    private static func isLowerAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A)
    }
}
