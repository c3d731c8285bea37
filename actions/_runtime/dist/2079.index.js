export const id = 2079;
export const ids = [2079];
export const modules = {

/***/ 72079:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   unitTestsStep: () => (/* binding */ unitTestsStep)
/* harmony export */ });
/* harmony import */ var _run_tests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96538);

const unitTestsStep = { id: 'unit-tests', run: _run_tests_js__WEBPACK_IMPORTED_MODULE_0__/* .runTests */ .N };


/***/ })

};
