// DuckDB's read_csv over the study's exports: per recording, the sample
// count, the valid samples and the mean pupil and gaze point. The benchmark's
// yardstick for reading and aggregating alone (no events, no statistics, no
// figures), with DuckDB's own threads.
//
// Usage: node bench/duckdb_aggregates.mjs MANIFEST OUT.csv
// MANIFEST is a TSV whose first column, file, is an export's path (the
// benchmark writes it). @duckdb/node-api is looked up in bench/.duckdb, where
// bench/study_bench.sh installs it, unless DUCKDB_NODE_MODULES names another
// folder that holds node_modules/@duckdb/node-api.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const modulesRoot = process.env.DUCKDB_NODE_MODULES ??
  fileURLToPath(new URL('./.duckdb/', import.meta.url));
const require = createRequire(`${modulesRoot.replace(/\/$/, '')}/`);
const { DuckDBInstance } = require('@duckdb/node-api');

const [manifestPath, outPath] = process.argv.slice(2);
const files = readFileSync(manifestPath, 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split('\t')[0]);
const quote = (s) => `'${s.replaceAll("'", "''")}'`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();

// One query over every export. The
// exports differ in line ends and byte order marks, so each file is sniffed
// on its own (union_by_name); a quarter of them write decimal commas, which
// read_csv does not detect, so the columns are read as text and a comma
// turned into a point before the cast.
const number = (column) => `replace("${column}", ',', '.')::DOUBLE`;
await connection.run(`COPY (
    SELECT filename AS file,
           count(*) AS samples,
           count(*) FILTER (WHERE "Validity left" = 'Valid' OR "Validity right" = 'Valid') AS valid,
           avg(${number('Pupil diameter filtered [mm]')}) AS pupil_mean_mm,
           avg(${number('Gaze point X [DACS px]')}) AS gaze_x_mean_px,
           avg(${number('Gaze point Y [DACS px]')}) AS gaze_y_mean_px
    FROM read_csv([${files.map(quote).join(', ')}], delim = '\t', all_varchar = true,
                  filename = true, union_by_name = true)
    WHERE "Sensor" = 'Eye Tracker'
    GROUP BY filename
    ORDER BY filename
  ) TO ${quote(outPath)} (HEADER, DELIMITER ',')`);
const count = await connection.runAndReadAll(`SELECT count(*) AS n FROM read_csv(${quote(outPath)})`);
console.log(`duckdb: ${count.getRowObjectsJson()[0].n} recordings -> ${outPath}`);
connection.closeSync();
instance.closeSync();
