/**
 * Value types shared by every module: ids, keyset pages, input violations and the errors the API reports.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.custodian.shared;

import org.jspecify.annotations.NullMarked;
