// No plugin global data: the widgets under test read none.
export default {};
