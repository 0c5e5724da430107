{{%AUTOESCAPE context="HTML"}}
<fieldset class="field rating{{#INVALID}} field--error{{/INVALID}}" id="{{NAME}}" tabindex="-1"{{#INVALID}} aria-describedby="{{NAME}}-hint {{NAME}}-error"{{/INVALID}}>
  <legend>{{LEGEND}}</legend>
  <p class="hint" id="{{NAME}}-hint">{{HINT}}</p>
  {{#INVALID}}<p class="field-error" id="{{NAME}}-error">{{ERROR}}</p>{{/INVALID}}
  <div class="rating__options">
    {{#OPTION}}<label class="rating__option"><input type="radio" name="{{NAME}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><span>{{VALUE}}</span></label>{{/OPTION}}
  </div>
</fieldset>
