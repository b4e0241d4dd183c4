-- A statement its author took back before review began (docs/product.md §5).
ALTER TYPE "ContentStatus" ADD VALUE 'withdrawn';
