export const id = 902;
export const ids = [902];
export const modules = {

/***/ 902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   controlPricing: () => (/* binding */ controlPricing),
/* harmony export */   loadControlConfig: () => (/* binding */ loadControlConfig),
/* harmony export */   parseControlConfig: () => (/* binding */ parseControlConfig),
/* harmony export */   resolveControlPrompt: () => (/* binding */ resolveControlPrompt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
// CONFIG_FILE: the generator's control file, YAML or JSON — model,
// temperature, system prompt, style guide, validation thresholds and prices.
// Unknown keys are errors (a typo must not be silently ignored); every
// message names the file and the field.




const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0);
const Thresholds = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    title_max: count.optional(),
    summary_max: count.optional(),
    body_min_words: count.optional(),
    body_max_words: count.optional(),
    headings_after_words: count.optional(),
    banned_phrases: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1)).optional(),
    meta_title_max: count.optional(),
    meta_description_min: count.optional(),
    meta_description_max: count.optional(),
    require_image: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    reading_ease_min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100).optional(),
    reading_ease_max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100).optional(),
    near_duplicate_threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1).optional(),
});
const ControlConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1).optional(),
    temperature: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(2).optional(),
    system_prompt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1).optional(),
    style_guide: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1).optional(),
    thresholds: Thresholds.optional(),
    pricing: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        input_per_million: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0),
        output_per_million: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0),
    })
        .optional(),
});
/** Read and check CONFIG_FILE. `.json` is read as JSON, anything else as YAML. */
function loadControlConfig(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : (0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`CONFIG_FILE "${path}" cannot be read: ${why}`);
    }
    return parseControlConfig(text, path);
}
/** Check control config text; `source` is the file name used in messages and to choose JSON or YAML. */
function parseControlConfig(text, source) {
    let data;
    try {
        data = source.toLowerCase().endsWith('.json') ? JSON.parse(text) : (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        const format = source.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML';
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`CONFIG_FILE "${source}" is not valid ${format}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error).split('\n')[0]}`);
    }
    // An empty file is an empty config, not an error.
    if (data === null || data === undefined)
        return {};
    const parsed = ControlConfigSchema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues.map((issue) => {
        if (issue.code === 'unrecognized_keys') {
            const where = issue.path.length > 0 ? ` in "${issue.path.join('.')}"` : '';
            return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}`;
        }
        const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the top level';
        return `${field}: ${issue.message}`;
    });
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`CONFIG_FILE "${source}" has invalid settings: ${problems.join('; ')}`);
}
/**
 * The system prompt to use: LLM_CONTROL_PROMPT when set (an operator's quick
 * override, e.g. a repository variable), else the file's `system_prompt`,
 * else undefined (the generator's built-in prompt).
 */
function resolveControlPrompt(input) {
    const fromEnv = input.envPrompt?.trim();
    if (fromEnv)
        return fromEnv;
    return input.config?.system_prompt;
}
/** The file's prices in the generator's terms (undefined when the file sets none: cost is then 0). */
function controlPricing(config) {
    const pricing = config?.pricing;
    return pricing
        ? { inputPerMillion: pricing.input_per_million, outputPerMillion: pricing.output_per_million }
        : undefined;
}


/***/ })

};
