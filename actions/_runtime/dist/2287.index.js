export const id = 2287;
export const ids = [2287];
export const modules = {

/***/ 22287:
/***/ ((module) => {

module.exports = eval("require")("jiti");


/***/ })

};
