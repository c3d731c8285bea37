export const id = 3777;
export const ids = [3777];
export const modules = {

/***/ 43777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   integrationTestsStep: () => (/* binding */ integrationTestsStep)
/* harmony export */ });
/* harmony import */ var _unit_tests_run_tests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96538);

/** Same mechanics as unit-tests; only the default command and JUnit path differ (see inputs.ts). */
const integrationTestsStep = { id: 'integration-tests', run: _unit_tests_run_tests_js__WEBPACK_IMPORTED_MODULE_0__/* .runTests */ .N };


/***/ })

};
