// The part of js-quantities (CommonJS, no bundled types) that UnitLibrary.ts uses.
declare module "js-quantities" {
  interface Quantity {
    readonly baseScalar: number
    units(): string
    kind(): string
  }
  interface QtyStatic {
    (value: string): Quantity
    parse(value: string): Quantity | null
  }
  const Qty: QtyStatic
  export default Qty
}
