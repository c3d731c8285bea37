export const id = 287;
export const ids = [287];
export const modules = {

/***/ 22287:
/***/ ((module) => {

module.exports = eval("require")("jiti");


/***/ })

};
