/** The validated emission-factor table (data/emission-factors.json). */
import json from '../../../data/emission-factors.json';
import { emissionFactorsSchema } from '../../schemas/emission-factors';
import { validateData } from '../content/check/data-files';

export const emissionFactors = validateData('data/emission-factors.json', emissionFactorsSchema, json);
