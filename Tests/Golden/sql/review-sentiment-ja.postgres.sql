-- hitc sql: the aggregation of spec 'review-sentiment-ja' for postgres.
-- Run it with psql; see docs/sql.md.
--
-- Reads: judgments(item, worker, question, answer, seconds)
--        gold(item, question, answer): the gold file's known answers, one row per item and question
-- Writes: hitc_labels(question, item, label, confidence, status, judgments, method, best)
--         hitc_workers(worker, answers, gold_answers, gold_correct, gold_accuracy, agreement, median_seconds, fast_hits, flags, status, sentiment.accuracy)
--         hitc_agreement(question, metric, value)
--         hitc_rejected(item, worker, question, answer, reason): judgments left out as invalid;
--           if it is not empty, hitc aggregate would refuse these answers (E0502)
--
-- Questions:
--   sentiment (single_choice): dawid_skene, 20 EM iterations, start: gold
--   topics (multi_choice): majority
--   stars (number): median
--   comment (text): collect
--
-- Row order: none given; a repeated (item, worker, question) keeps its smallest answer, collect lists by worker.

-- Tables of a previous run are removed first (every table this script makes is named hitc_*).
DROP TABLE IF EXISTS hitc_judgments;
DROP TABLE IF EXISTS hitc_gold_items;
DROP TABLE IF EXISTS hitc_decoded;
DROP TABLE IF EXISTS hitc_gold_answers;
DROP TABLE IF EXISTS hitc_worker_gold;
DROP TABLE IF EXISTS hitc_kept;
DROP TABLE IF EXISTS hitc_rejected;
DROP TABLE IF EXISTS hitc_classes;
DROP TABLE IF EXISTS hitc_units;
DROP TABLE IF EXISTS hitc_mv_votes;
DROP TABLE IF EXISTS hitc_mv_items;
DROP TABLE IF EXISTS hitc_mv_agreement;
DROP TABLE IF EXISTS hitc_mv_ties;
DROP TABLE IF EXISTS hitc_mv_labels;
DROP TABLE IF EXISTS hitc_ds_data;
DROP TABLE IF EXISTS hitc_ds_gold_classes;
DROP TABLE IF EXISTS hitc_ds_post_0;
DROP TABLE IF EXISTS hitc_ds_prior_1;
DROP TABLE IF EXISTS hitc_ds_conf_1;
DROP TABLE IF EXISTS hitc_ds_post_1;
DROP TABLE IF EXISTS hitc_ds_prior_2;
DROP TABLE IF EXISTS hitc_ds_conf_2;
DROP TABLE IF EXISTS hitc_ds_post_2;
DROP TABLE IF EXISTS hitc_ds_prior_3;
DROP TABLE IF EXISTS hitc_ds_conf_3;
DROP TABLE IF EXISTS hitc_ds_post_3;
DROP TABLE IF EXISTS hitc_ds_prior_4;
DROP TABLE IF EXISTS hitc_ds_conf_4;
DROP TABLE IF EXISTS hitc_ds_post_4;
DROP TABLE IF EXISTS hitc_ds_prior_5;
DROP TABLE IF EXISTS hitc_ds_conf_5;
DROP TABLE IF EXISTS hitc_ds_post_5;
DROP TABLE IF EXISTS hitc_ds_prior_6;
DROP TABLE IF EXISTS hitc_ds_conf_6;
DROP TABLE IF EXISTS hitc_ds_post_6;
DROP TABLE IF EXISTS hitc_ds_prior_7;
DROP TABLE IF EXISTS hitc_ds_conf_7;
DROP TABLE IF EXISTS hitc_ds_post_7;
DROP TABLE IF EXISTS hitc_ds_prior_8;
DROP TABLE IF EXISTS hitc_ds_conf_8;
DROP TABLE IF EXISTS hitc_ds_post_8;
DROP TABLE IF EXISTS hitc_ds_prior_9;
DROP TABLE IF EXISTS hitc_ds_conf_9;
DROP TABLE IF EXISTS hitc_ds_post_9;
DROP TABLE IF EXISTS hitc_ds_prior_10;
DROP TABLE IF EXISTS hitc_ds_conf_10;
DROP TABLE IF EXISTS hitc_ds_post_10;
DROP TABLE IF EXISTS hitc_ds_prior_11;
DROP TABLE IF EXISTS hitc_ds_conf_11;
DROP TABLE IF EXISTS hitc_ds_post_11;
DROP TABLE IF EXISTS hitc_ds_prior_12;
DROP TABLE IF EXISTS hitc_ds_conf_12;
DROP TABLE IF EXISTS hitc_ds_post_12;
DROP TABLE IF EXISTS hitc_ds_prior_13;
DROP TABLE IF EXISTS hitc_ds_conf_13;
DROP TABLE IF EXISTS hitc_ds_post_13;
DROP TABLE IF EXISTS hitc_ds_prior_14;
DROP TABLE IF EXISTS hitc_ds_conf_14;
DROP TABLE IF EXISTS hitc_ds_post_14;
DROP TABLE IF EXISTS hitc_ds_prior_15;
DROP TABLE IF EXISTS hitc_ds_conf_15;
DROP TABLE IF EXISTS hitc_ds_post_15;
DROP TABLE IF EXISTS hitc_ds_prior_16;
DROP TABLE IF EXISTS hitc_ds_conf_16;
DROP TABLE IF EXISTS hitc_ds_post_16;
DROP TABLE IF EXISTS hitc_ds_prior_17;
DROP TABLE IF EXISTS hitc_ds_conf_17;
DROP TABLE IF EXISTS hitc_ds_post_17;
DROP TABLE IF EXISTS hitc_ds_prior_18;
DROP TABLE IF EXISTS hitc_ds_conf_18;
DROP TABLE IF EXISTS hitc_ds_post_18;
DROP TABLE IF EXISTS hitc_ds_prior_19;
DROP TABLE IF EXISTS hitc_ds_conf_19;
DROP TABLE IF EXISTS hitc_ds_post_19;
DROP TABLE IF EXISTS hitc_ds_prior_20;
DROP TABLE IF EXISTS hitc_ds_conf_20;
DROP TABLE IF EXISTS hitc_ds_post_20;
DROP TABLE IF EXISTS hitc_ds_labels;
DROP TABLE IF EXISTS hitc_ds_prior_21;
DROP TABLE IF EXISTS hitc_ds_conf_21;
DROP TABLE IF EXISTS hitc_ds_accuracy;
DROP TABLE IF EXISTS hitc_categorical_labels;
DROP TABLE IF EXISTS hitc_numeric_labels;
DROP TABLE IF EXISTS hitc_collect_labels;
DROP TABLE IF EXISTS hitc_final;
DROP TABLE IF EXISTS hitc_labels;
DROP TABLE IF EXISTS hitc_worker_time;
DROP TABLE IF EXISTS hitc_worker_agreement;
DROP TABLE IF EXISTS hitc_workers;
DROP TABLE IF EXISTS hitc_agreement;

-- The judgments of the spec's questions that are not blank, with an item and a worker
-- (neither blank); a worker's repeated judgment of the same item and question counts once
-- (the smallest answer is kept). As hitc aggregate reads them,
-- spaces and tabs around a question, around an answer that is not text and around the
-- |-separated pieces of a set of options are ignored; text answers are kept as written.
CREATE TEMP TABLE hitc_judgments AS
SELECT * FROM (
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY item, worker, question ORDER BY answer) AS repeat_rank
  FROM (
    SELECT CAST(j.item AS TEXT) AS item,
         CAST(j.worker AS TEXT) AS worker,
         CAST(BTRIM(j.question, (E' ' || chr(9))) AS TEXT) AS question,
         CASE WHEN BTRIM(j.question, (E' ' || chr(9))) IN (E'comment') THEN j.answer WHEN BTRIM(j.question, (E' ' || chr(9))) IN (E'topics') THEN REGEXP_REPLACE(BTRIM(j.answer, (E' ' || chr(9))), E'[ \\t]*[|][ \\t]*', E'|', 'g') ELSE BTRIM(j.answer, (E' ' || chr(9))) END AS answer,
         CAST(j.seconds AS DOUBLE PRECISION) AS seconds
    FROM judgments j
    WHERE BTRIM(j.question, (E' ' || chr(9))) IN (E'sentiment', E'topics', E'stars', E'comment') AND j.answer IS NOT NULL AND j.item IS NOT NULL AND j.worker IS NOT NULL
      AND BTRIM(j.answer, (E' ' || chr(9))) <> '' AND BTRIM(j.item, (E' ' || chr(9))) <> '' AND BTRIM(j.worker, (E' ' || chr(9))) <> ''
  ) r
) x
WHERE repeat_rank = 1;

-- Gold items: every item the gold table names.
CREATE TEMP TABLE hitc_gold_items AS
SELECT DISTINCT CAST(item AS TEXT) AS item FROM gold;

-- Each judgment's value: cls, the class (option or scale point) in spec order;
-- mask, a set of options as one 0/1 character per option; x, a number; num, the
-- number a scale point or number stands for. Answers that are none of these are left out:
-- as hitc aggregate reads them, an option's earlier value (renamed_from) is the option,
-- and a number is -?digits[.digits][e[+-]digits] within the question's min and max.
CREATE TEMP TABLE hitc_decoded AS
SELECT v.*, v.x AS num FROM (
  SELECT j.*, CASE WHEN g.item IS NULL THEN 0 ELSE 1 END AS is_gold,
         CASE question WHEN E'sentiment' THEN CASE j.answer WHEN E'positive' THEN 0 WHEN E'mixed' THEN 1 WHEN E'negative' THEN 2 END ELSE CAST(NULL AS BIGINT) END AS cls,
         CASE question WHEN E'topics' THEN CASE WHEN (STRPOS(CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1') > 0) AND LENGTH(CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END) - LENGTH(REPLACE(CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1', '')) = LENGTH(j.answer) - LENGTH(REPLACE(j.answer, '|', '')) + 1 AND (LENGTH(CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END) - LENGTH(REPLACE(CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1', '')) = 1 OR NOT (SUBSTR(CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, 6, 1) = '1')) THEN CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || j.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END END ELSE CAST(NULL AS TEXT) END AS mask,
         CASE question WHEN E'stars' THEN CASE WHEN CASE WHEN j.answer ~ '^-?[0-9]+([.][0-9]+)?([eE][+-]?0*[0-9]{1,3})?$' AND LENGTH(j.answer) <= 1000 THEN CASE WHEN ABS(CAST(j.answer AS NUMERIC)) >= 179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792 THEN NULL WHEN CAST(j.answer AS NUMERIC) <> 0 AND ABS(CAST(j.answer AS NUMERIC)) < 2.4703282292062328e-324 THEN CAST(0 AS DOUBLE PRECISION) ELSE CAST(j.answer AS DOUBLE PRECISION) END END BETWEEN CAST(1 AS DOUBLE PRECISION) AND CAST(5 AS DOUBLE PRECISION) THEN CASE WHEN j.answer ~ '^-?[0-9]+([.][0-9]+)?([eE][+-]?0*[0-9]{1,3})?$' AND LENGTH(j.answer) <= 1000 THEN CASE WHEN ABS(CAST(j.answer AS NUMERIC)) >= 179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792 THEN NULL WHEN CAST(j.answer AS NUMERIC) <> 0 AND ABS(CAST(j.answer AS NUMERIC)) < 2.4703282292062328e-324 THEN CAST(0 AS DOUBLE PRECISION) ELSE CAST(j.answer AS DOUBLE PRECISION) END END END ELSE CAST(NULL AS DOUBLE PRECISION) END AS x
  FROM hitc_judgments j
    LEFT JOIN hitc_gold_items g ON g.item = j.item
) v
WHERE cls IS NOT NULL OR mask IS NOT NULL OR x IS NOT NULL OR question IN (E'comment');

-- The gold table's answers, decoded like the judgments (text questions are not scored).
CREATE TEMP TABLE hitc_gold_answers AS
SELECT * FROM (
  SELECT g.item, g.question,
         CASE question WHEN E'sentiment' THEN CASE g.answer WHEN E'positive' THEN 0 WHEN E'mixed' THEN 1 WHEN E'negative' THEN 2 END ELSE CAST(NULL AS BIGINT) END AS cls,
         CASE question WHEN E'topics' THEN CASE WHEN (STRPOS(CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1') > 0) AND LENGTH(CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END) - LENGTH(REPLACE(CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1', '')) = LENGTH(g.answer) - LENGTH(REPLACE(g.answer, '|', '')) + 1 AND (LENGTH(CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END) - LENGTH(REPLACE(CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1', '')) = 1 OR NOT (SUBSTR(CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, 6, 1) = '1')) THEN CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || g.answer || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END END ELSE CAST(NULL AS TEXT) END AS mask,
         CASE question WHEN E'stars' THEN CASE WHEN CASE WHEN g.answer ~ '^-?[0-9]+([.][0-9]+)?([eE][+-]?0*[0-9]{1,3})?$' AND LENGTH(g.answer) <= 1000 THEN CASE WHEN ABS(CAST(g.answer AS NUMERIC)) >= 179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792 THEN NULL WHEN CAST(g.answer AS NUMERIC) <> 0 AND ABS(CAST(g.answer AS NUMERIC)) < 2.4703282292062328e-324 THEN CAST(0 AS DOUBLE PRECISION) ELSE CAST(g.answer AS DOUBLE PRECISION) END END BETWEEN CAST(1 AS DOUBLE PRECISION) AND CAST(5 AS DOUBLE PRECISION) THEN CASE WHEN g.answer ~ '^-?[0-9]+([.][0-9]+)?([eE][+-]?0*[0-9]{1,3})?$' AND LENGTH(g.answer) <= 1000 THEN CASE WHEN ABS(CAST(g.answer AS NUMERIC)) >= 179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792 THEN NULL WHEN CAST(g.answer AS NUMERIC) <> 0 AND ABS(CAST(g.answer AS NUMERIC)) < 2.4703282292062328e-324 THEN CAST(0 AS DOUBLE PRECISION) ELSE CAST(g.answer AS DOUBLE PRECISION) END END END ELSE CAST(NULL AS DOUBLE PRECISION) END AS x
  FROM (
    SELECT CAST(item AS TEXT) AS item, CAST(question AS TEXT) AS question, CASE WHEN question IN (E'comment') THEN answer WHEN question IN (E'topics') THEN REGEXP_REPLACE(BTRIM(answer, (E' ' || chr(9))), E'[ \\t]*[|][ \\t]*', E'|', 'g') ELSE BTRIM(answer, (E' ' || chr(9))) END AS answer
    FROM gold
    WHERE question IN (E'sentiment', E'topics', E'stars') AND answer IS NOT NULL
  ) g
) a
WHERE cls IS NOT NULL OR mask IS NOT NULL OR x IS NOT NULL;

-- Per worker: judgments given (gold included), gold judgments scored and correct
-- (the same option, scale point or set of options; a number within 1e-9 relative),
-- dropped when gold accuracy is below gold.min_accuracy (0.7),
-- and the weighted_majority weight (correct + 1) / (scored + 2), 0.5 without gold.
CREATE TEMP TABLE hitc_worker_gold AS
SELECT a.worker, a.answers, COALESCE(s.gold_answers, 0) AS gold_answers, COALESCE(s.gold_correct, 0) AS gold_correct,
       CASE WHEN COALESCE(s.gold_answers, 0) > 0 AND CAST(COALESCE(s.gold_correct, 0) AS DOUBLE PRECISION) / COALESCE(s.gold_answers, 0) < CAST(0.7 AS DOUBLE PRECISION) THEN 1 ELSE 0 END AS dropped,
       CASE WHEN COALESCE(s.gold_answers, 0) > 0 THEN CAST(COALESCE(s.gold_correct, 0) + 1 AS DOUBLE PRECISION) / (COALESCE(s.gold_answers, 0) + 2) ELSE 0.5 END AS weight
FROM (SELECT worker, COUNT(*) AS answers FROM hitc_decoded GROUP BY worker) a
LEFT JOIN (
  SELECT d.worker, COUNT(*) AS gold_answers,
         SUM(CASE WHEN COALESCE(d.cls = g.cls, d.mask = g.mask, ABS(d.x - g.x) <= 1e-9 * GREATEST(1, ABS(g.x))) THEN 1 ELSE 0 END) AS gold_correct
  FROM hitc_decoded d JOIN hitc_gold_answers g ON g.item = d.item AND g.question = d.question
  GROUP BY d.worker
) s ON s.worker = a.worker;

-- The judgments that count: on items that are not gold, by workers who are not dropped.
CREATE TEMP TABLE hitc_kept AS
SELECT j.* FROM hitc_decoded j JOIN hitc_worker_gold w ON w.worker = j.worker
WHERE j.is_gold = 0 AND w.dropped = 0;

-- Judgments left out, with the reason, in the order hitc aggregate checks them: a question
-- that is not one of the spec's, an answer that is not an option, a scale point or a number
-- of its question, no item or worker (NULL or blank). Blank answers of the spec's questions
-- are no judgment and are not listed. A NON-EMPTY hitc_rejected MEANS
-- hitc aggregate WOULD REFUSE THIS RESULTS FILE (E0502): the labels are computed without
-- these rows; fix them (or the spec) before trusting the labels.
CREATE TABLE hitc_rejected AS
SELECT item, worker, written AS question, answer, reason FROM (
  SELECT item, worker, written, answer,
         CASE WHEN question IS NULL OR NOT (question IN (E'sentiment', E'topics', E'stars', E'comment')) THEN E'not a question of the spec'
              WHEN question IN (E'sentiment', E'topics', E'stars') AND CASE question WHEN E'sentiment' THEN CASE value WHEN E'positive' THEN 0 WHEN E'mixed' THEN 1 WHEN E'negative' THEN 2 END ELSE CAST(NULL AS BIGINT) END IS NULL AND CASE question WHEN E'topics' THEN CASE WHEN (STRPOS(CASE WHEN (STRPOS('|' || value || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1') > 0) AND LENGTH(CASE WHEN (STRPOS('|' || value || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END) - LENGTH(REPLACE(CASE WHEN (STRPOS('|' || value || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1', '')) = LENGTH(value) - LENGTH(REPLACE(value, '|', '')) + 1 AND (LENGTH(CASE WHEN (STRPOS('|' || value || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END) - LENGTH(REPLACE(CASE WHEN (STRPOS('|' || value || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1', '')) = 1 OR NOT (SUBSTR(CASE WHEN (STRPOS('|' || value || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, 6, 1) = '1')) THEN CASE WHEN (STRPOS('|' || value || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END END ELSE CAST(NULL AS TEXT) END IS NULL AND CASE question WHEN E'stars' THEN CASE WHEN CASE WHEN value ~ '^-?[0-9]+([.][0-9]+)?([eE][+-]?0*[0-9]{1,3})?$' AND LENGTH(value) <= 1000 THEN CASE WHEN ABS(CAST(value AS NUMERIC)) >= 179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792 THEN NULL WHEN CAST(value AS NUMERIC) <> 0 AND ABS(CAST(value AS NUMERIC)) < 2.4703282292062328e-324 THEN CAST(0 AS DOUBLE PRECISION) ELSE CAST(value AS DOUBLE PRECISION) END END BETWEEN CAST(1 AS DOUBLE PRECISION) AND CAST(5 AS DOUBLE PRECISION) THEN CASE WHEN value ~ '^-?[0-9]+([.][0-9]+)?([eE][+-]?0*[0-9]{1,3})?$' AND LENGTH(value) <= 1000 THEN CASE WHEN ABS(CAST(value AS NUMERIC)) >= 179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792 THEN NULL WHEN CAST(value AS NUMERIC) <> 0 AND ABS(CAST(value AS NUMERIC)) < 2.4703282292062328e-324 THEN CAST(0 AS DOUBLE PRECISION) ELSE CAST(value AS DOUBLE PRECISION) END END END ELSE CAST(NULL AS DOUBLE PRECISION) END IS NULL THEN CASE question WHEN E'sentiment' THEN E'not an option of the question' WHEN E'topics' THEN CASE WHEN (STRPOS(CASE WHEN (STRPOS('|' || value || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1') > 0) AND LENGTH(CASE WHEN (STRPOS('|' || value || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END) - LENGTH(REPLACE(CASE WHEN (STRPOS('|' || value || '|', '|' || E'price' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'quality' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'usability' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'delivery' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'support' || '|') > 0) THEN '1' ELSE '0' END || CASE WHEN (STRPOS('|' || value || '|', '|' || E'none' || '|') > 0) THEN '1' ELSE '0' END, '1', '')) = LENGTH(value) - LENGTH(REPLACE(value, '|', '')) + 1 THEN E'an exclusive option (chosen alone) with another option' ELSE E'not a set of the question''s options' END WHEN E'stars' THEN E'not a number' END
              WHEN item IS NULL OR BTRIM(item, (E' ' || chr(9))) = '' OR worker IS NULL OR BTRIM(worker, (E' ' || chr(9))) = '' THEN E'no item or worker'
         END AS reason
  FROM (
    SELECT CAST(j.item AS TEXT) AS item, CAST(j.worker AS TEXT) AS worker, CAST(j.question AS TEXT) AS written,
           CAST(BTRIM(j.question, (E' ' || chr(9))) AS TEXT) AS question, CAST(j.answer AS TEXT) AS answer,
           CASE WHEN CAST(BTRIM(j.question, (E' ' || chr(9))) AS TEXT) IN (E'comment') THEN CAST(j.answer AS TEXT) WHEN CAST(BTRIM(j.question, (E' ' || chr(9))) AS TEXT) IN (E'topics') THEN REGEXP_REPLACE(BTRIM(CAST(j.answer AS TEXT), (E' ' || chr(9))), E'[ \\t]*[|][ \\t]*', E'|', 'g') ELSE BTRIM(CAST(j.answer AS TEXT), (E' ' || chr(9))) END AS value
    FROM judgments j
  ) j
  WHERE (answer IS NOT NULL AND BTRIM(answer, (E' ' || chr(9))) <> '') OR question IS NULL OR NOT (question IN (E'sentiment', E'topics', E'stars', E'comment'))
) r
WHERE reason IS NOT NULL;

-- The classes of every categorical unit, in class order: a question's options or scale
-- points (opt 0); for a multi_choice question, each option (opt) as a yes/no question
-- (class 0: not selected, 1: selected).
CREATE TEMP TABLE hitc_classes AS
SELECT E'sentiment' AS question, 0 AS opt, 0 AS cls, 3 AS classes
UNION ALL SELECT E'sentiment' AS question, 0 AS opt, 1 AS cls, 3 AS classes
UNION ALL SELECT E'sentiment' AS question, 0 AS opt, 2 AS cls, 3 AS classes
UNION ALL SELECT E'topics' AS question, 0 AS opt, 0 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 0 AS opt, 1 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 1 AS opt, 0 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 1 AS opt, 1 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 2 AS opt, 0 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 2 AS opt, 1 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 3 AS opt, 0 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 3 AS opt, 1 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 4 AS opt, 0 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 4 AS opt, 1 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 5 AS opt, 0 AS cls, 2 AS classes
UNION ALL SELECT E'topics' AS question, 5 AS opt, 1 AS cls, 2 AS classes;

-- The kept judgments of categorical questions, one row per unit: the class given.
CREATE TEMP TABLE hitc_units AS
SELECT k.question, u.opt, k.item, k.worker,
       CASE WHEN k.question IN (E'topics') THEN CAST(SUBSTR(k.mask, u.opt + 1, 1) AS BIGINT) ELSE k.cls END AS cls
FROM hitc_kept k JOIN (SELECT DISTINCT question, opt FROM hitc_classes) u ON u.question = k.question;

-- Majority vote: each class's votes per item and their weight (1 each; for
-- weighted_majority the worker's weight).
CREATE TEMP TABLE hitc_mv_votes AS
SELECT u.question, u.opt, u.item, u.cls, COUNT(*) AS votes, SUM(CAST(1.0 AS DOUBLE PRECISION)) AS score
FROM hitc_units u JOIN hitc_worker_gold w ON w.worker = u.worker
WHERE u.question IN (E'topics')
GROUP BY u.question, u.opt, u.item, u.cls;

-- Per item: judgments, the top score, its share of the item's weight (the confidence),
-- how many classes reach it (more than one: a tie; sums of weights within 1e-12 of
-- the item's weight count as equal) and the first of them.
CREATE TEMP TABLE hitc_mv_items AS
SELECT question, opt, item, MAX(n) AS judgments, MAX(best_score) AS best_score, MAX(total) AS total,
       MAX(best_score) / MAX(total) AS confidence,
       SUM(CASE WHEN score >= best_score - slack THEN 1 ELSE 0 END) AS tied_classes,
       MIN(CASE WHEN score >= best_score - slack THEN cls END) AS first_cls
FROM (
  SELECT t.*, 0 AS slack FROM (
    SELECT v.*, SUM(score) OVER (PARTITION BY question, opt, item) AS total,
           MAX(score) OVER (PARTITION BY question, opt, item) AS best_score,
           SUM(votes) OVER (PARTITION BY question, opt, item) AS n
    FROM hitc_mv_votes v
  ) t
) x
GROUP BY question, opt, item;

-- For the voters on tied items: their share of judgments on untied items equal to
-- the majority label (a worker without any: the share over all workers of the unit).
CREATE TEMP TABLE hitc_mv_agreement AS
WITH untied AS (
  SELECT u.question, u.opt, u.worker, SUM(CASE WHEN u.cls = i.first_cls THEN 1 ELSE 0 END) AS agree, COUNT(*) AS seen
  FROM hitc_units u JOIN hitc_mv_items i ON i.question = u.question AND i.opt = u.opt AND i.item = u.item
  WHERE i.tied_classes = 1
  GROUP BY u.question, u.opt, u.worker
), pooled AS (
  SELECT question, opt, CAST(SUM(agree) AS DOUBLE PRECISION) / GREATEST(SUM(seen), 1) AS share FROM untied GROUP BY question, opt
), voters AS (
  SELECT DISTINCT u.question, u.opt, u.worker
  FROM hitc_units u JOIN hitc_mv_items i ON i.question = u.question AND i.opt = u.opt AND i.item = u.item
  WHERE i.tied_classes > 1
)
SELECT v.question, v.opt, v.worker, COALESCE(CAST(a.agree AS DOUBLE PRECISION) / a.seen, p.share, 0) AS agreement
FROM voters v
LEFT JOIN untied a ON a.question = v.question AND a.opt = v.opt AND a.worker = v.worker
LEFT JOIN pooled p ON p.question = v.question AND p.opt = v.opt;

-- Ties: among the tied classes, those whose voters' mean agreement is highest (equal
-- within 1e-12); what is still tied goes to the draw: index floor(u * count / 2^32)
-- in class order, u the first 32 bits of md5(question ':' item).
CREATE TEMP TABLE hitc_mv_ties AS
WITH candidates AS (
  SELECT v.question, v.opt, v.item, v.cls, v.votes
  FROM hitc_mv_votes v JOIN hitc_mv_items i ON i.question = v.question AND i.opt = v.opt AND i.item = v.item
  WHERE i.tied_classes > 1 AND v.score >= i.best_score - (0)
), means AS (
  SELECT c.question, c.opt, c.item, c.cls, SUM(a.agreement) / c.votes AS mean_agreement
  FROM candidates c
  JOIN hitc_units u ON u.question = c.question AND u.opt = c.opt AND u.item = c.item AND u.cls = c.cls
  JOIN hitc_mv_agreement a ON a.question = u.question AND a.opt = u.opt AND a.worker = u.worker
  GROUP BY c.question, c.opt, c.item, c.cls, c.votes
), best AS (
  SELECT m.*, MAX(mean_agreement) OVER (PARTITION BY question, opt, item) AS top_agreement FROM means m
), ranked AS (
  SELECT question, opt, item, cls,
         ROW_NUMBER() OVER (PARTITION BY question, opt, item ORDER BY cls) - 1 AS place,
         COUNT(*) OVER (PARTITION BY question, opt, item) AS among
  FROM best WHERE mean_agreement >= top_agreement - 1e-12
)
SELECT question, opt, item, cls FROM ranked
WHERE place = ((CAST(CAST(('x' || SUBSTR(MD5(question || ':' || item), 1, 8)) AS BIT(32)) AS BIGINT) * among) / (4294967296));

-- Majority labels per unit: the top class, or the tie's winner.
CREATE TEMP TABLE hitc_mv_labels AS
SELECT i.question, i.opt, i.item, COALESCE(t.cls, i.first_cls) AS cls, i.confidence,
       CASE WHEN i.tied_classes > 1 THEN 1 ELSE 0 END AS tied, i.judgments
FROM hitc_mv_items i LEFT JOIN hitc_mv_ties t ON t.question = i.question AND t.opt = i.opt AND t.item = i.item;

-- Dawid-Skene's judgments per unit; with init: gold, also the kept judgments on gold items, whose class is fixed to the gold answer.
CREATE TEMP TABLE hitc_ds_data AS
SELECT question, opt, item, worker, cls, CAST(NULL AS BIGINT) AS fixed
FROM hitc_units WHERE question IN (E'sentiment')
UNION ALL
SELECT j.question, u.opt, j.item, j.worker, CASE WHEN (1 = 0) THEN CAST(SUBSTR(j.mask, u.opt + 1, 1) AS BIGINT) ELSE j.cls END AS cls, CASE WHEN (1 = 0) THEN CAST(SUBSTR(g.mask, u.opt + 1, 1) AS BIGINT) ELSE g.cls END AS fixed
FROM hitc_decoded j
JOIN hitc_worker_gold w ON w.worker = j.worker
JOIN hitc_gold_answers g ON g.item = j.item AND g.question = j.question
JOIN (SELECT DISTINCT question, opt FROM hitc_classes) u ON u.question = j.question
WHERE j.is_gold = 1 AND w.dropped = 0 AND j.question IN (E'sentiment');

-- The true classes each worker met on gold items: the first M-step counts such a
-- worker's other judgments only for the classes they did not meet in gold.
CREATE TEMP TABLE hitc_ds_gold_classes AS
SELECT DISTINCT question, opt, worker, fixed AS cls FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- The start: each item's vote fractions (gold items: their known class).
CREATE TEMP TABLE hitc_ds_post_0 AS
SELECT question, opt, item, cls, CAST(COUNT(*) AS DOUBLE PRECISION) / MAX(n) AS posterior
FROM (SELECT t.*, COUNT(*) OVER (PARTITION BY question, opt, item) AS n FROM hitc_ds_data t WHERE fixed IS NULL) v
GROUP BY question, opt, item, cls
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 1, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_1 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_0 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 1, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
-- First counts from gold: a worker's judgment on an item of unknown class counts only for the true classes the worker did not meet in gold.
CREATE TEMP TABLE hitc_ds_conf_1 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_0 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  LEFT JOIN hitc_ds_gold_classes g ON g.question = j.question AND g.opt = j.opt AND g.worker = j.worker AND g.cls = p.cls
  WHERE j.fixed IS NOT NULL OR g.worker IS NULL
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 1, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_1 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_1 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_1 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 2, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_2 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_1 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 2, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_2 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_1 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 2, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_2 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_2 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_2 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 3, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_3 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_2 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 3, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_3 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_2 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 3, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_3 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_3 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_3 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 4, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_4 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_3 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 4, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_4 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_3 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 4, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_4 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_4 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_4 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 5, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_5 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_4 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 5, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_5 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_4 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 5, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_5 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_5 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_5 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 6, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_6 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_5 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 6, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_6 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_5 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 6, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_6 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_6 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_6 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 7, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_7 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_6 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 7, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_7 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_6 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 7, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_7 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_7 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_7 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 8, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_8 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_7 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 8, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_8 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_7 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 8, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_8 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_8 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_8 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 9, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_9 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_8 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 9, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_9 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_8 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 9, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_9 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_9 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_9 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 10, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_10 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_9 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 10, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_10 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_9 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 10, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_10 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_10 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_10 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 11, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_11 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_10 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 11, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_11 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_10 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 11, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_11 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_11 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_11 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 12, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_12 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_11 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 12, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_12 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_11 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 12, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_12 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_12 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_12 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 13, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_13 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_12 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 13, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_13 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_12 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 13, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_13 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_13 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_13 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 14, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_14 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_13 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 14, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_14 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_13 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 14, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_14 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_14 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_14 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 15, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_15 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_14 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 15, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_15 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_14 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 15, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_15 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_15 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_15 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 16, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_16 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_15 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 16, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_16 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_15 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 16, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_16 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_16 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_16 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 17, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_17 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_16 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 17, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_17 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_16 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 17, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_17 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_17 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_17 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 18, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_18 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_17 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 18, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_18 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_17 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 18, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_18 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_18 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_18 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 19, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_19 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_18 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 19, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_19 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_18 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 19, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_19 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_19 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_19 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Iteration 20, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_20 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_19 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 20, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_20 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_19 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Iteration 20, E-step: each item's posterior, prior x product of its judgments'
-- confusion entries, normalised (in logs, scaled by the largest; gold items keep their class).
CREATE TEMP TABLE hitc_ds_post_20 AS
WITH joint AS (
  SELECT j.question, j.opt, j.item, c.cls, SUM(c.log_conf) AS ll
  FROM hitc_ds_data j JOIN hitc_ds_conf_20 c ON c.question = j.question AND c.opt = j.opt AND c.worker = j.worker AND c.answer = j.cls
  WHERE j.fixed IS NULL
  GROUP BY j.question, j.opt, j.item, c.cls
), scaled AS (
  SELECT a.question, a.opt, a.item, a.cls, a.ll + p.log_prior AS ll
  FROM joint a JOIN hitc_ds_prior_20 p ON p.question = a.question AND p.opt = a.opt AND p.cls = a.cls
), weights AS (
  SELECT question, opt, item, cls,
         CASE WHEN ll - MAX(ll) OVER (PARTITION BY question, opt, item) < -745 THEN 0.0
              ELSE EXP(ll - MAX(ll) OVER (PARTITION BY question, opt, item)) END AS e
  FROM scaled
)
SELECT question, opt, item, cls, e / SUM(e) OVER (PARTITION BY question, opt, item) AS posterior FROM weights
UNION ALL
SELECT DISTINCT question, opt, item, fixed AS cls, 1.0 AS posterior FROM hitc_ds_data WHERE fixed IS NOT NULL;

-- Dawid-Skene labels: the class of highest posterior after 20 iterations; classes within
-- 1e-12 (relative) of it are a tie, broken by the draw. The confidence is its posterior.
CREATE TEMP TABLE hitc_ds_labels AS
WITH counted AS (
  SELECT question, opt, item, COUNT(*) AS judgments FROM hitc_ds_data WHERE fixed IS NULL GROUP BY question, opt, item
), post AS (
  SELECT p.*, c.judgments, MAX(p.posterior) OVER (PARTITION BY p.question, p.opt, p.item) AS best
  FROM hitc_ds_post_20 p JOIN counted c ON c.question = p.question AND c.opt = p.opt AND c.item = p.item
), ranked AS (
  SELECT question, opt, item, cls, posterior, judgments,
         ROW_NUMBER() OVER (PARTITION BY question, opt, item ORDER BY cls) - 1 AS place,
         COUNT(*) OVER (PARTITION BY question, opt, item) AS among
  FROM post WHERE posterior >= best - 1e-12 * best
)
SELECT question, opt, item, cls, posterior AS confidence, CASE WHEN among > 1 THEN 1 ELSE 0 END AS tied, judgments
FROM ranked WHERE place = ((CAST(CAST(('x' || SUBSTR(MD5(question || ':' || item), 1, 8)) AS BIT(32)) AS BIGINT) * among) / (4294967296));

-- Iteration 21, M-step: class priors, (0.01 + the class's posterior mass) normalised.
CREATE TEMP TABLE hitc_ds_prior_21 AS
SELECT question, opt, cls, mass / SUM(mass) OVER (PARTITION BY question, opt) AS prior,
       LN(mass / SUM(mass) OVER (PARTITION BY question, opt)) AS log_prior
FROM (
  SELECT k.question, k.opt, k.cls, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(SUM(p.posterior), 0) AS mass
  FROM hitc_classes k LEFT JOIN hitc_ds_post_20 p ON p.question = k.question AND p.opt = k.opt AND p.cls = k.cls
  WHERE k.question IN (E'sentiment')
  GROUP BY k.question, k.opt, k.cls
) m;

-- Iteration 21, M-step: each worker's confusion matrix, for every answer the worker gave
-- and true class: (0.01 + posterior mass of the true class on the items so answered),
-- over the column's sum (answers never given count 0.01 each); kept as logs.
CREATE TEMP TABLE hitc_ds_conf_21 AS
WITH mass AS (
  SELECT j.question, j.opt, j.worker, j.cls AS answer, p.cls, SUM(p.posterior) AS mass
  FROM hitc_ds_data j JOIN hitc_ds_post_20 p ON p.question = j.question AND p.opt = j.opt AND p.item = j.item
  GROUP BY j.question, j.opt, j.worker, j.cls, p.cls
), cells AS (
  SELECT DISTINCT question, opt, worker, cls AS answer FROM hitc_ds_data
), counts AS (
  SELECT c.question, c.opt, c.worker, c.answer, k.cls, k.classes, CAST(0.01 AS DOUBLE PRECISION) + COALESCE(m.mass, 0) AS n
  FROM cells c JOIN hitc_classes k ON k.question = c.question AND k.opt = c.opt
  LEFT JOIN mass m ON m.question = c.question AND m.opt = c.opt AND m.worker = c.worker AND m.answer = c.answer AND m.cls = k.cls
), columns AS (
  SELECT question, opt, worker, cls, SUM(n) + (MAX(classes) - COUNT(*)) * CAST(0.01 AS DOUBLE PRECISION) AS total
  FROM counts GROUP BY question, opt, worker, cls
)
SELECT n.question, n.opt, n.worker, n.answer, n.cls, n.n, c.total, LN(n.n) - LN(c.total) AS log_conf
FROM counts n JOIN columns c ON c.question = n.question AND c.opt = n.opt AND c.worker = n.worker AND c.cls = n.cls;

-- Each worker's accuracy, sum over classes of prior x chance of answering the class
-- itself, from the counts after the last iteration (mean over options for multi_choice).
CREATE TEMP TABLE hitc_ds_accuracy AS
WITH diagonal AS (
  SELECT question, opt, worker, cls, MAX(total) AS total, MAX(CASE WHEN answer = cls THEN n END) AS same
  FROM hitc_ds_conf_21 GROUP BY question, opt, worker, cls
), per_unit AS (
  SELECT g.question, g.opt, g.worker, SUM(p.prior * COALESCE(g.same, CAST(0.01 AS DOUBLE PRECISION)) / g.total) AS accuracy
  FROM diagonal g JOIN hitc_ds_prior_21 p ON p.question = g.question AND p.opt = g.opt AND p.cls = g.cls
  GROUP BY g.question, g.opt, g.worker
)
SELECT question, worker, AVG(accuracy) AS accuracy FROM per_unit GROUP BY question, worker;

-- Categorical labels per question and item: a class's option or scale point; for
-- multi_choice the selected options in option order joined by '|', the confidence the
-- lowest of its options', a tie when any option tied.
CREATE TEMP TABLE hitc_categorical_labels AS
SELECT question, item, CASE question WHEN E'sentiment' THEN CASE MAX(cls) WHEN 0 THEN E'positive' WHEN 1 THEN E'mixed' WHEN 2 THEN E'negative' END WHEN E'topics' THEN CASE WHEN MAX(CASE WHEN opt = 5 THEN cls END) = 1 THEN E'none' ELSE CONCAT_WS('|', CASE WHEN MAX(CASE WHEN opt = 0 THEN cls END) = 1 THEN E'price' END, CASE WHEN MAX(CASE WHEN opt = 1 THEN cls END) = 1 THEN E'quality' END, CASE WHEN MAX(CASE WHEN opt = 2 THEN cls END) = 1 THEN E'usability' END, CASE WHEN MAX(CASE WHEN opt = 3 THEN cls END) = 1 THEN E'delivery' END, CASE WHEN MAX(CASE WHEN opt = 4 THEN cls END) = 1 THEN E'support' END, CASE WHEN MAX(CASE WHEN opt = 5 THEN cls END) = 1 THEN E'none' END) END END AS label_text, MIN(confidence) AS confidence, MAX(tied) AS tied,
       MAX(judgments) AS judgments,
       CASE WHEN question IN (E'topics') THEN CAST(NULL AS BIGINT) ELSE MAX(cls) END AS cls,
       CASE WHEN question = E'topics' AND MAX(CASE WHEN opt = 5 THEN cls END) = 1 THEN E'000001' WHEN question IN (E'topics') THEN COALESCE(CAST(MAX(CASE WHEN opt = 0 THEN cls END) AS TEXT), '') || COALESCE(CAST(MAX(CASE WHEN opt = 1 THEN cls END) AS TEXT), '') || COALESCE(CAST(MAX(CASE WHEN opt = 2 THEN cls END) AS TEXT), '') || COALESCE(CAST(MAX(CASE WHEN opt = 3 THEN cls END) AS TEXT), '') || COALESCE(CAST(MAX(CASE WHEN opt = 4 THEN cls END) AS TEXT), '') || COALESCE(CAST(MAX(CASE WHEN opt = 5 THEN cls END) AS TEXT), '') END AS mask, CAST(NULL AS DOUBLE PRECISION) AS x
FROM (
  SELECT question, opt, item, cls, confidence, tied, judgments FROM hitc_mv_labels
  UNION ALL SELECT question, opt, item, cls, confidence, tied, judgments FROM hitc_ds_labels
) u
GROUP BY question, item;

-- mean / median labels: the mean, or the middle answer (the mean of the two middle
-- ones for an even count); the confidence is the share of answers within the
-- tolerance (half a scale point, half a step, else equal; plus 1e-9 relative).
CREATE TEMP TABLE hitc_numeric_labels AS
WITH v AS (
  SELECT question, item, num,
         ROW_NUMBER() OVER (PARTITION BY question, item ORDER BY num) AS place,
         COUNT(*) OVER (PARTITION BY question, item) AS n
  FROM hitc_kept WHERE question IN (E'stars') AND num IS NOT NULL
), a AS (
  SELECT question, item, MAX(n) AS judgments,
         AVG(CASE WHEN question IN (E'stars') AND place <> ((n + 1) / (2)) AND place <> ((n) / (2)) + 1 THEN NULL ELSE num END) AS x
  FROM v GROUP BY question, item
)
SELECT a.question, a.item, CASE WHEN ABS(a.x) >= 1000000000000 THEN CASE WHEN a.x = FLOOR(a.x) AND ABS(a.x) < 1000000000000000 THEN CAST(CAST(a.x AS BIGINT) AS TEXT) ELSE CAST(a.x AS TEXT) END WHEN ABS(CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT)) > 0 AND ABS(CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT)) < 100 THEN CASE WHEN CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT) < 0 THEN '-' ELSE '' END || CASE WHEN ABS(CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT)) < 10 THEN CAST(ABS(CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT)) AS TEXT) || 'e-06' ELSE CAST(((ABS(CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT))) / (10)) AS TEXT) || CASE WHEN ((ABS(CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT))) % (10)) = 0 THEN '' ELSE '.' || CAST(((ABS(CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT))) % (10)) AS TEXT) END || 'e-05' END ELSE CASE WHEN CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT) < 0 THEN '-' ELSE '' END || CAST(((ABS(CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT))) / (1000000)) AS TEXT) || CASE WHEN ((ABS(CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT))) % (1000000)) = 0 THEN '' ELSE '.' || RTRIM(LPAD(CAST(((ABS(CAST(SIGN(a.x) * FLOOR(ABS(a.x) * 1000000 + 0.5) AS BIGINT))) % (1000000)) AS TEXT), 6, '0'), '0') END END AS label_text,
       CAST(SUM(CASE WHEN ABS(v.num - a.x) <= CASE a.question WHEN E'stars' THEN CAST(0.5 AS DOUBLE PRECISION) ELSE 0 END + 1e-9 * GREATEST(1, ABS(a.x)) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) / a.judgments AS confidence,
       0 AS tied, a.judgments, CAST(NULL AS BIGINT) AS cls, CAST(NULL AS TEXT) AS mask, a.x
FROM a JOIN v ON v.question = a.question AND v.item = a.item
GROUP BY a.question, a.item, a.x, a.judgments;

-- collect: every kept answer of the item as a JSON array of strings (in worker order).
CREATE TEMP TABLE hitc_collect_labels AS
SELECT question, item,
       '[' || STRING_AGG('"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(e.entry, E'\\', E'\\\\'), E'"', E'\\"'), E'/', E'\\/'), (chr(10)), E'\\n'), (chr(13)), E'\\r'), (chr(9)), E'\\t') || '"', ',' ORDER BY e.worker, e.answer) || ']' AS label_text,
       CAST(NULL AS DOUBLE PRECISION) AS confidence, 0 AS tied, COUNT(*) AS judgments,
       CAST(NULL AS BIGINT) AS cls, CAST(NULL AS TEXT) AS mask, CAST(NULL AS DOUBLE PRECISION) AS x
FROM (SELECT k.*, CASE question WHEN E'comment' THEN answer ELSE answer END AS entry FROM hitc_kept k) e
WHERE question IN (E'comment')
GROUP BY question, item;

-- One row per question and item with judgments on items that are not gold (dropped
-- workers' included): no_answers when none counts, undecided when the confidence is
-- below the question's min_confidence, tie or decided otherwise.
CREATE TEMP TABLE hitc_final AS
WITH answered AS (
  SELECT DISTINCT question, item FROM hitc_decoded WHERE is_gold = 0 AND question IN (E'sentiment', E'topics', E'stars', E'comment')
), labels AS (
  SELECT question, item, label_text, confidence, tied, judgments, cls, mask, x FROM hitc_categorical_labels
  UNION ALL SELECT question, item, label_text, confidence, tied, judgments, cls, mask, x FROM hitc_numeric_labels
  UNION ALL SELECT question, item, label_text, confidence, tied, judgments, cls, mask, x FROM hitc_collect_labels
), rows AS (
  SELECT a.question, a.item, l.label_text, l.confidence, COALESCE(l.judgments, 0) AS judgments, CASE a.question WHEN E'sentiment' THEN E'dawid_skene' WHEN E'topics' THEN E'majority' WHEN E'stars' THEN E'median' WHEN E'comment' THEN E'collect' END AS method,
         CASE WHEN l.item IS NULL THEN 'no_answers'
              WHEN l.confidence < CAST(NULL AS DOUBLE PRECISION) THEN 'undecided'
              WHEN l.tied = 1 THEN 'tie' ELSE 'decided' END AS status,
         l.cls, l.mask, l.x
  FROM answered a LEFT JOIN labels l ON l.question = a.question AND l.item = a.item
)
SELECT question, item,
       CASE WHEN status IN ('decided', 'tie') THEN label_text END AS label,
       CASE WHEN status = 'undecided' THEN label_text END AS best,
       FLOOR(confidence * 1000000 + 0.5) / 1000000 AS confidence, status, judgments, method,
       CASE WHEN status IN ('decided', 'tie') THEN cls END AS cls,
       CASE WHEN status IN ('decided', 'tie') THEN mask END AS mask,
       CASE WHEN status IN ('decided', 'tie') THEN x END AS x
FROM rows;

-- Output: the labels, as labels.csv has them (label empty unless decided or tie;
-- confidence rounded to six decimals, empty for collect and no_answers; best: the
-- label that fell short of min_confidence).
CREATE TABLE hitc_labels AS
SELECT question, item, label, confidence, status, judgments, method, best FROM hitc_final;

-- Per worker: the median seconds per HIT and the HITs faster than
-- min_seconds_per_hit (30 s). A HIT is a judgment (no assignment column).
CREATE TEMP TABLE hitc_worker_time AS
WITH hits AS (
  SELECT worker, seconds FROM hitc_judgments
), ranked AS (
  SELECT worker, seconds, ROW_NUMBER() OVER (PARTITION BY worker ORDER BY seconds) AS place,
         COUNT(*) OVER (PARTITION BY worker) AS n
  FROM hits WHERE seconds IS NOT NULL
)
SELECT worker,
       AVG(CASE WHEN place = ((n + 1) / (2)) OR place = ((n) / (2)) + 1 THEN seconds END) AS median_seconds,
       SUM(CASE WHEN seconds < CAST(30 AS DOUBLE PRECISION) THEN 1 ELSE 0 END) AS fast_hits
FROM ranked GROUP BY worker;

-- Per worker: judgments on items that are not gold compared with a decided (or tie)
-- label, and how many equal it (mean/median: within the tolerance); collect not compared.
-- Dropped workers are compared too.
CREATE TEMP TABLE hitc_worker_agreement AS
SELECT d.worker, COUNT(*) AS compared,
       SUM(CASE WHEN COALESCE(d.cls = f.cls, d.mask = f.mask, ABS(d.num - f.x) <= CASE d.question WHEN E'stars' THEN CAST(0.5 AS DOUBLE PRECISION) ELSE 0 END + 1e-9 * GREATEST(1, ABS(f.x))) THEN 1 ELSE 0 END) AS agreeing
FROM hitc_decoded d JOIN hitc_final f ON f.question = d.question AND f.item = d.item
WHERE d.is_gold = 0 AND f.status IN ('decided', 'tie') AND (f.cls IS NOT NULL OR f.mask IS NOT NULL OR f.x IS NOT NULL)
GROUP BY d.worker;

-- Output: one row per worker, as workers.csv has them: answers (gold included), gold
-- scores, agreement with the final labels, median seconds per HIT, fast HITs, flags
-- (fast; low_gold_accuracy; no_gold), kept or dropped, and each dawid_skene question's accuracy.
CREATE TABLE hitc_workers AS
SELECT w.worker, w.answers, w.gold_answers, w.gold_correct,
       CASE WHEN w.gold_answers > 0 THEN FLOOR(CAST(w.gold_correct AS DOUBLE PRECISION) / w.gold_answers * 1000000 + 0.5) / 1000000 END AS gold_accuracy,
       CASE WHEN a.compared > 0 THEN FLOOR(CAST(a.agreeing AS DOUBLE PRECISION) / a.compared * 1000000 + 0.5) / 1000000 END AS agreement,
       FLOOR(t.median_seconds * 1000000 + 0.5) / 1000000 AS median_seconds, COALESCE(t.fast_hits, 0) AS fast_hits,
       CONCAT_WS(';', CASE WHEN COALESCE(t.fast_hits, 0) > 0 THEN 'fast' END, CASE WHEN w.dropped = 1 THEN 'low_gold_accuracy' END, CASE WHEN w.gold_answers = 0 THEN 'no_gold' END) AS flags,
       CASE WHEN w.dropped = 1 THEN 'dropped' ELSE 'kept' END AS status, fig."sentiment.accuracy"
FROM hitc_worker_gold w
LEFT JOIN hitc_worker_agreement a ON a.worker = w.worker
LEFT JOIN hitc_worker_time t ON t.worker = w.worker
LEFT JOIN (
  SELECT worker, FLOOR(MAX(CASE WHEN question = E'sentiment' THEN accuracy END) * 1000000 + 0.5) / 1000000 AS "sentiment.accuracy"
  FROM hitc_ds_accuracy GROUP BY worker
) fig ON fig.worker = w.worker;

-- Output: agreement per question. percent: the mean over items with two or more
-- judgments of the share of agreeing pairs; fleiss_kappa: only when every item has the
-- same number of judgments (not for numbers); krippendorff_alpha: nominal level, for
-- single_choice and multi_choice only (ordinal and interval alpha are not compiled).
-- Empty (NULL) where undefined.
CREATE TABLE hitc_agreement AS
WITH cells AS (
  SELECT question, item, COALESCE(CAST(cls AS TEXT), mask, CAST(x AS TEXT)) AS category, COUNT(*) AS n
  FROM hitc_kept WHERE question IN (E'sentiment', E'topics', E'stars')
  GROUP BY question, item, COALESCE(CAST(cls AS TEXT), mask, CAST(x AS TEXT))
), units AS (
  SELECT question, item, SUM(n) AS m, SUM(n * n) AS squares FROM cells GROUP BY question, item
), per_question AS (
  SELECT question, MIN(m) AS fewest, MAX(m) AS most,
         SUM(CASE WHEN m >= 2 THEN 1 ELSE 0 END) AS pairable,
         AVG(CASE WHEN m >= 2 THEN CAST(squares - m AS DOUBLE PRECISION) / (m * (m - 1)) END) AS percent,
         SUM(CASE WHEN m >= 2 THEN CAST(m * m - squares AS DOUBLE PRECISION) / (m - 1) END) AS disagreeing
  FROM units GROUP BY question
), marginals AS (
  SELECT c.question, c.category, CAST(SUM(c.n) AS DOUBLE PRECISION) AS total
  FROM cells c JOIN units u ON u.question = c.question AND u.item = c.item
  WHERE u.m >= 2 GROUP BY c.question, c.category
), expected AS (
  SELECT m.question, SUM(m.total) AS n, SUM(m.total * m.total) AS squares,
         SUM((m.total / (q.pairable * q.most)) * (m.total / (q.pairable * q.most))) AS chance
  FROM marginals m JOIN per_question q ON q.question = m.question GROUP BY m.question
), figures AS (
  SELECT q.question, q.percent,
         CASE WHEN q.question IN (E'stars') THEN NULL
              WHEN q.fewest = q.most AND q.most >= 2 AND e.chance < 1 THEN (q.percent - e.chance) / (1 - e.chance) END AS kappa,
         CASE WHEN q.question IN (E'sentiment', E'topics') AND e.n > 1 AND e.n * e.n - e.squares > 0
              THEN 1 - (e.n - 1) * q.disagreeing / (e.n * e.n - e.squares) END AS alpha
  FROM per_question q LEFT JOIN expected e ON e.question = q.question
)
SELECT question, 'percent' AS metric, FLOOR(percent * 1000000 + 0.5) / 1000000 AS value FROM figures
UNION ALL SELECT question, 'fleiss_kappa' AS metric, SIGN(kappa) * FLOOR(ABS(kappa) * 1000000 + 0.5) / 1000000 AS value FROM figures
UNION ALL SELECT question, 'krippendorff_alpha' AS metric, SIGN(alpha) * FLOOR(ABS(alpha) * 1000000 + 0.5) / 1000000 AS value FROM figures WHERE question IN (E'sentiment', E'topics');
