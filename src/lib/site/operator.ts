/** The site's operator setting (data/operator.json), validated once; see src/schemas/operator.ts. */
import json from '../../../data/operator.json';
import { operatorSchema, type Operator } from '../../schemas/operator';
import { checkData } from '../content/check/data-files';
import { formatProblems } from '../content/check/entry';
import { operatorFile } from './operator-rules';

function validated(): Operator {
  const { data, problems } = checkData(operatorFile, operatorSchema, json);
  if (data === undefined) throw new Error(`Data check failed:\n${formatProblems(problems)}`);
  return data;
}

export const operator: Operator = validated();
