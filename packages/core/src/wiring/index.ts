export * from './backends';
export * from './content-reader';
export * from './control-plane';
export * from './data-plane';
export * from './local-dispatcher';
export * from './options';
export * from './paths';
