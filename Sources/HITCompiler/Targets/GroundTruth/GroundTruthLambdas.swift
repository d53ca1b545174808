/// The two Lambda functions a custom Ground Truth workflow names, as Python
/// files the team deploys (`ground_truth/pre-annotation-lambda.py`,
/// `ground_truth/post-annotation-lambda.py`); the request and response shapes
/// are those of Ground Truth's "pre-annotation and post-annotation Lambda
/// functions" documentation.
///
/// - Pre-annotation: returns the manifest line it gets (`dataObject`) as
///   `taskInput`, which the template reads as `task.input` (`items`, ...).
/// - Post-annotation: reads the annotations file the request names
///   (`payload.s3Uri`) and returns, for each data object, the object's entry
///   unchanged (`datasetObjectId`, `dataObject`, `annotations`) as the label
///   (`consolidatedAnnotation.content.<labelAttributeName>`): hitc consolidates
///   the answers itself (`hitc aggregate`), so every worker's answer is kept.
enum GroundTruthLambdas {
    static let prePath = "ground_truth/pre-annotation-lambda.py"
    static let postPath = "ground_truth/post-annotation-lambda.py"

    static let pre = #"""
        """Pre-annotation Lambda of a hitc task on SageMaker Ground Truth (written by hitc build).

        Ground Truth calls it with one line of the input manifest (ground_truth/manifest.jsonl) as
        event["dataObject"]; what it returns as "taskInput" is what the worker task template
        (ground_truth/template.liquid.html) reads as task.input. The line is passed on unchanged.
        """


        def lambda_handler(event, context):
            return {"taskInput": event["dataObject"]}

        """#

    static let post = #"""
        """Post-annotation Lambda of a hitc task on SageMaker Ground Truth (written by hitc build).

        Ground Truth calls it with the location of an annotations file (event["payload"]["s3Uri"]):
        a JSON array of {"datasetObjectId", "dataObject", "annotations": [{"workerId",
        "annotationData": {"content"}}]}. It consolidates nothing: for each data object it returns
        the object's entry unchanged as the label (under event["labelAttributeName"]), so the
        output manifest keeps every worker's answer, and `hitc aggregate --format ground_truth`
        reads the entries (a JSON array of them) and consolidates them as the spec says.

        The execution role needs s3:GetObject on the annotations file.
        """

        import json


        def read_s3(uri):
            """The text of the S3 object at s3://bucket/key."""
            import boto3  # in the Lambda Python runtime

            bucket, _, key = uri[len("s3://"):].partition("/")
            body = boto3.client("s3").get_object(Bucket=bucket, Key=key)["Body"]
            return body.read().decode("utf-8")


        def consolidate(entries, label_attribute_name):
            return [
                {
                    "datasetObjectId": entry["datasetObjectId"],
                    "consolidatedAnnotation": {
                        "content": {
                            label_attribute_name: {
                                "datasetObjectId": entry["datasetObjectId"],
                                "dataObject": entry.get("dataObject", {}),
                                "annotations": entry.get("annotations", []),
                            }
                        }
                    },
                }
                for entry in entries
            ]


        def lambda_handler(event, context):
            entries = json.loads(read_s3(event["payload"]["s3Uri"]))
            return consolidate(entries, event["labelAttributeName"])

        """#
}
