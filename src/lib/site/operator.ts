/** The site's operator setting (data/operator.json), validated once; see src/schemas/operator.ts. */
import json from '../../../data/operator.json';
import { operatorSchema, type Operator } from '../../schemas/operator';
import { validateData } from '../content/check/data-files';
import { operatorFile } from './operator-rules';

export const operator: Operator = validateData(operatorFile, operatorSchema, json);
