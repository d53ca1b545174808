/// String literals with backslash escapes, as Spark and BigQuery read them: a
/// quote is `\'`, a backslash `\\`, and the characters `SQLLiteralText` escapes,
/// with `;` (which a client must never take for the end of a statement), are
/// written by the dialect's own `escape`.
enum SQLBackslashLiteral {
    static func quote(_ text: String, escape: (Unicode.Scalar) -> String) -> String {
        var out = "'"
        for u in text.unicodeScalars {
            if SQLLiteralText.isEscaped(u) || u == ";" {
                out += escape(u)
            } else if u == "'" {
                out += "\\'"
            } else if u == "\\" {
                out += "\\\\"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out + "'"
    }
}
