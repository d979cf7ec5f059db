// The table is the domain's: the archive import reads the same codes and names.
export { ethnicityName } from '../../domain/ethnicity';
