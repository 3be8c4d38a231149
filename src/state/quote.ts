// Moved to the domain (the option builder's link reader quotes bad values too).
export {quote} from '../domain/quote';
