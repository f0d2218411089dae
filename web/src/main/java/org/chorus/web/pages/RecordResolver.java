package org.chorus.web.pages;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Lets pages read record components as properties ({@code #{appeal.title}}): the services hand out
 * records, and Expression Language 5 only knows JavaBeans getters.
 */
public class RecordResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (ReflectiveOperationException e) {
      throw new ELException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException("Records are read-only: " + property);
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(true);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static Method accessor(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return null;
    }
    for (RecordComponent c : base.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c.getAccessor();
      }
    }
    return null;
  }
}
